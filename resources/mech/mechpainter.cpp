// MechPainter: a small rig (hip, knee, ankle, shoulder, elbow) posed per frame, drawn as rounded
// plates in flat colours (flat areas keep lossless WebP small). Level features are cumulative:
// each level keeps what the one before had and adds to it.
#include "mechpainter.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <array>
#include <cmath>

namespace mechdock::artwork {

namespace {

struct Palette {
    QColor armor;
    QColor dark;
    QColor trim;
    QColor joint;
    QColor glow;
};

Palette paletteFor(int level) {
    static const std::array<Palette, 11> palettes = {{
        {QColor(0x8a4b2a), QColor(0x5a2e1a), QColor(0xa86a35), QColor(0x3b2a20), QColor(0xff9a4a)},
        {QColor(0x847a68), QColor(0x524a3e), QColor(0xa89a7c), QColor(0x3a352e), QColor(0xffd27a)},
        {QColor(0x6f7780), QColor(0x454b52), QColor(0xaab1b8), QColor(0x2c3035), QColor(0x7fd3ff)},
        {QColor(0x5b7fa6), QColor(0x34506e), QColor(0xcdd9e6), QColor(0x232c38), QColor(0x5ff0ff)},
        {QColor(0x2f5fd0), QColor(0x1c3a84), QColor(0xe0e6f0), QColor(0x1a2033), QColor(0x46e3ff)},
        {QColor(0x23918d), QColor(0x145c59), QColor(0xffd23f), QColor(0x1b2626), QColor(0xffe45c)},
        {QColor(0xa32d26), QColor(0x621613), QColor(0xdcb45c), QColor(0x2a1a18), QColor(0xff7b2e)},
        {QColor(0x6a34a6), QColor(0x3c1d62), QColor(0xd2cadf), QColor(0x201428), QColor(0xe06bff)},
        {QColor(0x22365c), QColor(0x111c33), QColor(0x93dcff), QColor(0x0c1220), QColor(0x3ff5ff)},
        {QColor(0xece8dc), QColor(0xaaa088), QColor(0xe3b43c), QColor(0x4a4438), QColor(0xfff09a)},
        {QColor(0x24212c), QColor(0x111016), QColor(0xf4c430), QColor(0x08080a), QColor(0xff46f0)},
    }};
    return palettes[size_t(qBound(1, level, 11) - 1)];
}

QColor withAlpha(QColor c, int alpha) {
    c.setAlpha(qBound(0, alpha, 255));
    return c;
}

QPointF polar(QPointF from, double length, double degrees) {
    // 0 degrees points straight down; positive swings forward (to the right).
    const double r = qDegreesToRadians(degrees);
    return from + QPointF(std::sin(r) * length, std::cos(r) * length);
}

// A rounded plate from a to b.
void limb(QPainter &p, QPointF a, QPointF b, double width, const QColor &fill, const QColor &edge) {
    const QLineF line(a, b);
    p.save();
    p.translate(a);
    p.rotate(-line.angle());
    p.setPen(QPen(edge, 2.5));
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(-width / 2, -width / 2, line.length() + width, width), width / 2.6,
                      width / 2.6);
    p.restore();
}

void joint(QPainter &p, QPointF c, double r, const Palette &pal) {
    p.setPen(QPen(pal.joint, 2));
    p.setBrush(pal.dark);
    p.drawEllipse(c, r, r);
    p.setBrush(pal.trim);
    p.setPen(Qt::NoPen);
    p.drawEllipse(c, r * 0.38, r * 0.38);
}

// Layered soft glow without gradients (stepped alpha rings compress well).
void glowDot(QPainter &p, QPointF c, double r, const QColor &color, double strength) {
    p.setPen(Qt::NoPen);
    for (int i = 2; i >= 1; --i) {
        p.setBrush(withAlpha(color, int(strength * 70 * (3 - i))));
        p.drawEllipse(c, r * (0.5 + 0.5 * i), r * (0.5 + 0.5 * i));
    }
    p.setBrush(withAlpha(QColor(Qt::white), int(230 * strength)));
    p.drawEllipse(c, r * 0.45, r * 0.45);
}

struct Pose {
    double bob = 0;     // body lowered by this much
    double breathe = 0; // torso lift (rest)
    double hip[2] = {0, 0};
    double knee[2] = {0, 0};
    double shoulder[2] = {0, 0};
    double elbow[2] = {0, 0};
    double glow = 1.0; // core / visor intensity 0..1
    double phase = 0;  // 0..1 over the cycle
};

Pose poseFor(Motion motion, int frame) {
    Pose pose;
    pose.phase = double(frame) / MechPainter::kFrames;
    const double t = pose.phase * 2 * M_PI;
    if (motion == Motion::Walk) {
        for (int leg = 0; leg < 2; ++leg) {
            const double ph = t + leg * M_PI;
            pose.hip[leg] = 24.0 * std::sin(ph);
            // The leg that swings forward lifts its foot: bend the knee while it moves ahead.
            pose.knee[leg] = 6.0 + 34.0 * std::max(0.0, std::cos(ph));
            pose.shoulder[leg] = -20.0 * std::sin(ph);
            pose.elbow[leg] = 22.0 + 10.0 * std::max(0.0, -std::sin(ph));
        }
        pose.bob = 7.0 * std::abs(std::sin(t));
        pose.glow = 1.0; // steady while walking: the motion is the show
    } else {
        pose.breathe = 3.0 * std::sin(t);
        for (int side = 0; side < 2; ++side) {
            pose.hip[side] = side == 0 ? -6.0 : 7.0;
            pose.knee[side] = 9.0 + 2.0 * std::sin(t);
            pose.shoulder[side] = (side == 0 ? -6.0 : 5.0) + 2.5 * std::sin(t + 0.6);
            pose.elbow[side] = 18.0 + 3.0 * std::sin(t + 0.6);
        }
        pose.bob = 2.0 - 2.0 * std::sin(t);
        pose.glow = 0.55 + 0.45 * (0.5 + 0.5 * std::sin(t));
    }
    return pose;
}

class Rig {
public:
    Rig(QPainter &p, int level, const Pose &pose, Motion motion)
        : m_p(p)
        , m_level(level)
        , m_pal(paletteFor(level))
        , m_pose(pose)
        , m_motion(motion) {
        m_torsoW = 84 + 4.0 * level;
        m_torsoH = 78 + 2.0 * level;
        m_thigh = 62;
        m_shin = 60;
        m_upperArm = 44 + level;
        m_foreArm = 42 + level;
        m_limbW = 22 + 1.5 * level;
    }

    void draw() {
        const QPointF hip(0, 0);
        const QPointF shoulderFar(-m_torsoW * 0.2, -m_torsoH + 18 - m_pose.breathe);
        const QPointF shoulderNear(m_torsoW * 0.04, -m_torsoH + 22 - m_pose.breathe);
        if (m_level >= 10)
            wings(QPointF(-m_torsoW * 0.38, -m_torsoH + 14 - m_pose.breathe));
        backpack();
        if (m_level >= 6)
            shoulderCannon(
                QPointF(-m_torsoW * 0.32, -m_torsoH - 40 - (m_level - 6) * 3 - m_pose.breathe));
        if (m_level >= 5)
            missilePod(shoulderFar + QPointF(-m_torsoW * 0.3, -4), m_level >= 9 ? 1.2 : 1.0);
        leg(hip + QPointF(-10, 0), 1, true);
        arm(shoulderFar, 1, true);
        torso();
        head();
        leg(hip + QPointF(8, 0), 0, false);
        arm(shoulderNear, 0, false);
        if (m_level >= 3)
            pauldron(shoulderNear);
        if (m_level >= 11)
            halo();
    }

    // Where steam leaves the mech (local coordinates).
    QPointF exhaust() const {
        return QPointF(-m_torsoW * 0.55 - 10, -m_torsoH - 10 - m_pose.breathe);
    }

private:
    QColor shade(const QColor &c, bool far) const { return far ? c.darker(135) : c; }

    void leg(QPointF hip, int index, bool far) {
        const double h = m_pose.hip[index];
        const QPointF knee = polar(hip, m_thigh, h);
        const QPointF ankle = polar(knee, m_shin, h - m_pose.knee[index]);
        const QColor armor = shade(m_pal.armor, far);
        const QColor dark = shade(m_pal.dark, far);
        limb(m_p, hip, knee, m_limbW + 4, armor, m_pal.joint);
        limb(m_p, knee, ankle, m_limbW, dark, m_pal.joint);
        // Shin guard plate.
        if (m_level >= 2) {
            const QLineF shin(knee, ankle);
            m_p.save();
            m_p.translate(knee);
            m_p.rotate(-shin.angle());
            m_p.setPen(QPen(m_pal.joint, 2));
            m_p.setBrush(armor);
            m_p.drawRoundedRect(QRectF(8, -m_limbW * 0.75, shin.length() * 0.7, m_limbW * 0.5), 4,
                                4);
            m_p.restore();
        }
        // The foot stays level with the ground.
        const double footLen = 34 + m_level * 1.5;
        m_p.setPen(QPen(m_pal.joint, 2.5));
        m_p.setBrush(dark);
        QPainterPath foot;
        foot.moveTo(ankle + QPointF(-footLen * 0.35, 4));
        foot.lineTo(ankle + QPointF(footLen * 0.75, 4));
        foot.lineTo(ankle + QPointF(footLen * 0.65, 14));
        foot.lineTo(ankle + QPointF(-footLen * 0.4, 14));
        foot.closeSubpath();
        m_p.drawPath(foot);
        joint(m_p, knee, m_limbW * 0.55, m_pal);
        joint(m_p, ankle, m_limbW * 0.42, m_pal);
        if (m_level >= 9) { // knee spike
            m_p.setBrush(shade(m_pal.trim, far));
            QPainterPath spike;
            spike.moveTo(knee + QPointF(m_limbW * 0.4, -6));
            spike.lineTo(knee + QPointF(m_limbW * 0.4 + 16, 2));
            spike.lineTo(knee + QPointF(m_limbW * 0.4, 8));
            spike.closeSubpath();
            m_p.drawPath(spike);
        }
        if (m_level >= 9)
            energyLine(hip + QPointF(0, 8), knee, far);
        if (m_level == 1)
            rustSpot(knee + QPointF(3, 14), 5);
    }

    void energyLine(QPointF a, QPointF b, bool far) {
        m_p.setPen(QPen(withAlpha(m_pal.glow, int((far ? 140 : 230) * m_pose.glow)), 3,
                        Qt::SolidLine, Qt::RoundCap));
        m_p.drawLine(a + (b - a) * 0.15, a + (b - a) * 0.8);
    }

    void rustSpot(QPointF c, double r) {
        m_p.setPen(Qt::NoPen);
        m_p.setBrush(QColor(0x3d1f10));
        m_p.drawEllipse(c, r * 1.3, r);
        m_p.setBrush(QColor(0xb5612a));
        m_p.drawEllipse(c + QPointF(r * 0.6, -r * 0.3), r * 0.5, r * 0.4);
    }

    void arm(QPointF shoulder, int index, bool far) {
        const double s = m_pose.shoulder[index];
        const QPointF elbow = polar(shoulder, m_upperArm, s);
        const QPointF hand = polar(elbow, m_foreArm, s + m_pose.elbow[index] + 45);
        const QColor armor = shade(m_pal.armor, far);
        const QColor dark = shade(m_pal.dark, far);
        if (m_level == 1 && !far) {
            // The husk's near arm hangs limp from a broken shoulder.
            const QPointF limpElbow = polar(shoulder, m_upperArm, s * 0.3 - 4);
            const QPointF limpHand = polar(limpElbow, m_foreArm * 0.8, s * 0.3 + 6);
            limb(m_p, shoulder, limpElbow, m_limbW * 0.8, dark, m_pal.joint);
            limb(m_p, limpElbow, limpHand, m_limbW * 0.7, dark, m_pal.joint);
            joint(m_p, limpElbow, m_limbW * 0.38, m_pal);
            rustSpot(shoulder + QPointF(2, 18), 4);
            return;
        }
        limb(m_p, shoulder, elbow, m_limbW, armor, m_pal.joint);
        limb(m_p, elbow, hand, m_limbW * 1.05, dark, m_pal.joint);
        joint(m_p, elbow, m_limbW * 0.48, m_pal);
        const bool gun = (m_level >= 3 && !far) || m_level >= 4;
        if (gun)
            armGun(hand, QLineF(elbow, hand).angle(), far);
        else
            fist(hand, far);
    }

    void fist(QPointF hand, bool far) {
        m_p.setPen(QPen(m_pal.joint, 2));
        m_p.setBrush(shade(m_pal.trim, far));
        m_p.drawRoundedRect(QRectF(hand.x() - 9, hand.y() - 8, 18, 16), 5, 5);
    }

    void armGun(QPointF hand, double angle, bool far) {
        const bool plasma = m_level >= 8 && !far;
        const double len = 30 + m_level * 2.2 + (plasma ? 14 : 0);
        const double w = 14 + m_level * 0.8 + (plasma ? 6 : 0);
        m_p.save();
        m_p.translate(hand);
        m_p.rotate(-angle);
        m_p.setPen(QPen(m_pal.joint, 2));
        m_p.setBrush(shade(m_pal.dark, far));
        m_p.drawRoundedRect(QRectF(-8, -w / 2, len * 0.6, w), 4, 4);
        m_p.setBrush(shade(m_pal.trim, far));
        m_p.drawRect(QRectF(len * 0.45, -w * 0.28, len * 0.55, w * 0.56));
        if (m_level >= 7 && !far) { // second barrel
            m_p.drawRect(QRectF(len * 0.35, w * 0.34, len * 0.5, w * 0.22));
        }
        if (plasma || m_level >= 10)
            glowDot(m_p, QPointF(len + 2, 0), w * 0.32, m_pal.glow, m_pose.glow);
        m_p.restore();
    }

    void torso() {
        const double w = m_torsoW;
        const double h = m_torsoH;
        const double top = -h - m_pose.breathe;
        // Hip block.
        m_p.setPen(QPen(m_pal.joint, 2.5));
        m_p.setBrush(m_pal.dark);
        m_p.drawRoundedRect(QRectF(-w * 0.36, -14, w * 0.72, 24), 6, 6);
        // Chest: wider at the shoulders, broader with each level.
        QPainterPath chest;
        chest.moveTo(-w * 0.5, top + 10);
        chest.lineTo(w * 0.5, top + 6);
        chest.lineTo(w * 0.42, -10);
        chest.lineTo(-w * 0.4, -10);
        chest.closeSubpath();
        m_p.setBrush(m_pal.armor);
        m_p.drawPath(chest);
        // Armour bands.
        m_p.setPen(Qt::NoPen);
        m_p.setBrush(m_pal.dark);
        m_p.drawRect(QRectF(-w * 0.42, top + h * 0.62, w * 0.84, 7));
        if (m_level >= 2) {
            m_p.setBrush(m_pal.trim);
            m_p.drawRect(QRectF(-w * 0.46, top + 16, w * 0.9, 6));
        }
        if (m_level >= 4) { // chest plate
            m_p.setPen(QPen(m_pal.joint, 2));
            m_p.setBrush(m_pal.armor.lighter(118));
            QPainterPath plate;
            plate.moveTo(-w * 0.05, top + 26);
            plate.lineTo(w * 0.44, top + 24);
            plate.lineTo(w * 0.36, top + h * 0.58);
            plate.lineTo(w * 0.02, top + h * 0.58);
            plate.closeSubpath();
            m_p.drawPath(plate);
        }
        // Rivets.
        m_p.setPen(Qt::NoPen);
        m_p.setBrush(m_pal.joint);
        for (int i = 0; i < 4; ++i)
            m_p.drawEllipse(QPointF(-w * 0.34 + i * w * 0.2, -18), 2.5, 2.5);
        if (m_level == 1) {
            rustSpot(QPointF(-w * 0.2, top + h * 0.4), 7);
            rustSpot(QPointF(w * 0.25, top + h * 0.75), 5);
            // A hole in the chest plate.
            m_p.setBrush(QColor(0x1e120b));
            m_p.drawEllipse(QPointF(w * 0.12, top + h * 0.3), 6, 4);
        }
        if (m_level >= 6) { // glowing core, larger at each level
            const double r = 7 + (m_level - 6) * 1.6;
            const QPointF c(w * 0.2, top + h * 0.42);
            m_p.setPen(QPen(m_pal.joint, 2));
            m_p.setBrush(m_pal.dark);
            m_p.drawEllipse(c, r + 5, r + 5);
            glowDot(m_p, c, r, m_pal.glow, m_pose.glow);
        } else if (m_level >= 2) {
            m_p.setPen(Qt::NoPen);
            m_p.setBrush(withAlpha(m_pal.glow, int(120 + 100 * m_pose.glow)));
            m_p.drawEllipse(QPointF(w * 0.2, top + h * 0.42), 4, 4);
        }
        if (m_level >= 9)
            energyLine(QPointF(-w * 0.3, top + h * 0.85), QPointF(w * 0.3, top + h * 0.85), false);
    }

    void head() {
        const double top = -m_torsoH - m_pose.breathe;
        const double hw = 30 + m_level * 1.2;
        const double hh = 26 + m_level * 0.6;
        const QPointF base(m_torsoW * 0.1, top - 2);
        m_p.setPen(QPen(m_pal.joint, 2.5));
        m_p.setBrush(m_pal.dark);
        m_p.drawRect(QRectF(base.x() - 8, base.y() - 10, 16, 16)); // neck
        m_p.setBrush(m_pal.armor);
        QPainterPath helm;
        helm.moveTo(base.x() - hw * 0.5, base.y() - 6);
        helm.lineTo(base.x() - hw * 0.45, base.y() - hh);
        helm.lineTo(base.x() + hw * 0.35, base.y() - hh - 2);
        helm.lineTo(base.x() + hw * 0.62, base.y() - hh * 0.45);
        helm.lineTo(base.x() + hw * 0.5, base.y() - 6);
        helm.closeSubpath();
        m_p.drawPath(helm);
        // Visor: one dim eye for the husk, a widening glowing slit after.
        const QPointF eye(base.x() + hw * 0.28, base.y() - hh * 0.6);
        if (m_level == 1) {
            glowDot(m_p, eye, 4, m_pal.glow, 0.45 * m_pose.glow + 0.2);
        } else {
            const double vw = 10 + m_level * 1.8;
            m_p.setPen(Qt::NoPen);
            m_p.setBrush(QColor(0x101014));
            m_p.drawRoundedRect(QRectF(eye.x() - vw * 0.5, eye.y() - 5, vw, 10), 4, 4);
            m_p.setBrush(withAlpha(m_pal.glow, int(150 + 105 * m_pose.glow)));
            m_p.drawRoundedRect(QRectF(eye.x() - vw * 0.5 + 2, eye.y() - 3, vw - 4, 6), 3, 3);
        }
        // Antenna (bent on the husk), crest from L6.
        m_p.setPen(QPen(m_pal.joint, 3, Qt::SolidLine, Qt::RoundCap));
        const QPointF a0(base.x() - hw * 0.3, base.y() - hh);
        if (m_level == 1) {
            m_p.drawLine(a0, a0 + QPointF(-4, -12));
            m_p.drawLine(a0 + QPointF(-4, -12), a0 + QPointF(-14, -16));
        } else {
            m_p.drawLine(a0, a0 + QPointF(-6, -20 - m_level));
            m_p.setPen(Qt::NoPen);
            m_p.setBrush(m_pal.glow);
            m_p.drawEllipse(a0 + QPointF(-6, -20 - m_level), 3.5, 3.5);
        }
        if (m_level >= 6) {
            m_p.setPen(QPen(m_pal.joint, 2));
            m_p.setBrush(m_pal.trim);
            QPainterPath crest;
            const double c = 10 + (m_level - 6) * 3;
            crest.moveTo(base.x() - hw * 0.1, base.y() - hh - 1);
            crest.lineTo(base.x() - hw * 0.05 - c * 0.6, base.y() - hh - c);
            crest.lineTo(base.x() + hw * 0.25, base.y() - hh - 2);
            crest.closeSubpath();
            m_p.drawPath(crest);
        }
    }

    void pauldron(QPointF shoulder) {
        const double r = 15 + (m_level - 3) * 1.9;
        shoulder += QPointF(0, -2);
        m_p.setPen(QPen(m_pal.joint, 2.5));
        m_p.setBrush(m_pal.armor.lighter(112));
        QPainterPath path;
        path.moveTo(shoulder + QPointF(-r * 1.1, r * 0.35));
        path.quadTo(shoulder + QPointF(-r * 0.9, -r * 1.1), shoulder + QPointF(r * 0.2, -r * 0.95));
        path.quadTo(shoulder + QPointF(r * 1.25, -r * 0.6), shoulder + QPointF(r * 1.05, r * 0.45));
        path.closeSubpath();
        m_p.drawPath(path);
        m_p.setPen(Qt::NoPen);
        m_p.setBrush(m_pal.trim);
        m_p.drawRect(QRectF(shoulder.x() - r * 0.8, shoulder.y() - r * 0.2, r * 1.7, 4));
    }

    void shoulderCannon(QPointF base) {
        const double len = 60 + (m_level - 6) * 8;
        const double w = 13 + (m_level - 6) * 1.5;
        m_p.setPen(QPen(m_pal.joint, 2));
        m_p.setBrush(m_pal.dark.darker(115));
        // The mount rises from the back shoulder.
        m_p.drawRect(QRectF(base.x() - 6, base.y(), 12, -base.y() - m_torsoH + 30));
        m_p.setBrush(m_pal.dark);
        m_p.drawRoundedRect(QRectF(base.x() - 16, base.y() - w * 0.5, 30, w + 8), 4, 4);
        m_p.setBrush(m_pal.trim);
        m_p.drawRect(QRectF(base.x() + 10, base.y() - w * 0.35, len, w * 0.55));
        if (m_level >= 7)
            m_p.drawRect(QRectF(base.x() + 6, base.y() + w * 0.3, len * 0.85, w * 0.45));
        m_p.setBrush(m_pal.joint);
        m_p.drawRect(QRectF(base.x() + 10 + len - 6, base.y() - w * 0.45, 8, w * 0.75));
        if (m_level >= 8)
            glowDot(m_p, QPointF(base.x() + 10 + len + 4, base.y() - w * 0.08), w * 0.3, m_pal.glow,
                    m_pose.glow);
    }

    void missilePod(QPointF base, double scale) {
        const double w = 34 * scale;
        const double h = 24 * scale;
        m_p.setPen(QPen(m_pal.joint, 2));
        m_p.setBrush(m_pal.dark.darker(120));
        m_p.drawRoundedRect(QRectF(base.x() - w * 0.5, base.y() - h * 0.5, w, h), 4, 4);
        m_p.setBrush(m_pal.trim);
        const int rows = m_level >= 9 ? 2 : 1;
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < 3; ++c) {
                const QPointF tip(base.x() - w * 0.3 + c * w * 0.3,
                                  base.y() - h * 0.2 + r * h * 0.4 - (rows == 1 ? -h * 0.2 : 0));
                m_p.drawEllipse(tip, 3.5 * scale, 3.5 * scale);
            }
        }
    }

    void backpack() {
        const double top = -m_torsoH - m_pose.breathe;
        const double w = m_torsoW;
        m_p.setPen(QPen(m_pal.joint, 2.5));
        if (m_level == 1) { // a rusty pipe
            m_p.setBrush(m_pal.dark);
            m_p.drawRect(QRectF(-w * 0.55 - 16, top + 8, 12, 50));
            return;
        }
        if (m_level < 7) {
            m_p.setBrush(m_pal.dark);
            m_p.drawRoundedRect(QRectF(-w * 0.62, top + 14, w * 0.3, m_torsoH * 0.55), 5, 5);
            m_p.drawRect(QRectF(-w * 0.55 - 16, top + 4, 10, 22));
            return;
        }
        m_p.setBrush(m_pal.dark);
        m_p.drawRoundedRect(QRectF(-w * 0.72, top + 8, w * 0.42, m_torsoH * 0.7), 7, 7);
        m_p.setBrush(m_pal.trim);
        m_p.drawRect(QRectF(-w * 0.55 - 16, top - 6, 12, 30));
        m_p.drawRect(QRectF(-w * 0.55 - 2, top - 2, 9, 24));
        // Thruster glow under the pack.
        glowDot(m_p, QPointF(-w * 0.52, top + 12 + m_torsoH * 0.7), 7, m_pal.glow, m_pose.glow);
    }

    void wings(QPointF root) {
        const int feathers = m_level >= 11 ? 6 : 4;
        const double span = m_level >= 11 ? 150 : 118;
        const double flap =
            (m_motion == Motion::Walk ? 6.0 : 3.0) * std::sin(m_pose.phase * 2 * M_PI);
        for (int i = 0; i < feathers; ++i) {
            // Fanned backwards and up (0 degrees is straight down, negative is backwards).
            const double angle = -(72 + i * (80.0 / (feathers - 1))) + flap;
            const double len = span * (0.65 + 0.35 * std::sin(M_PI * (i + 1) / (feathers + 1)));
            const QPointF tip = polar(root, len, angle);
            const QLineF line(root, tip);
            m_p.save();
            m_p.translate(root);
            m_p.rotate(-line.angle());
            m_p.setPen(QPen(m_pal.joint, 2));
            m_p.setBrush(i % 2 ? m_pal.trim : m_pal.armor);
            QPainterPath blade;
            blade.moveTo(0, -6);
            blade.lineTo(len * 0.85, -9);
            blade.lineTo(len, 0);
            blade.lineTo(len * 0.85, 7);
            blade.lineTo(0, 6);
            blade.closeSubpath();
            m_p.drawPath(blade);
            if (m_level >= 11) {
                m_p.setPen(QPen(withAlpha(m_pal.glow, int(120 + 120 * m_pose.glow)), 3));
                m_p.drawLine(QPointF(len * 0.3, 0), QPointF(len * 0.95, 0));
            }
            m_p.restore();
        }
        m_p.setPen(QPen(m_pal.joint, 2));
        m_p.setBrush(m_pal.dark);
        m_p.drawEllipse(root, 12, 12);
    }

    void halo() {
        const double top = -m_torsoH - m_pose.breathe;
        const QPointF c(m_torsoW * 0.1, top - 80);
        m_p.setBrush(Qt::NoBrush);
        for (int i = 3; i >= 1; --i) {
            m_p.setPen(QPen(withAlpha(m_pal.glow, int(50 * i * m_pose.glow)), 3 + 3 * (3 - i)));
            m_p.drawEllipse(c, 32, 9);
        }
        m_p.setPen(QPen(m_pal.trim, 3));
        m_p.drawEllipse(c, 32, 9);
    }

    QPainter &m_p;
    int m_level;
    Palette m_pal;
    Pose m_pose;
    Motion m_motion;
    double m_torsoW;
    double m_torsoH;
    double m_thigh;
    double m_shin;
    double m_upperArm;
    double m_foreArm;
    double m_limbW;
};

void steam(QPainter &p, QPointF from, double phase, const QColor &tint) {
    // Three puffs on staggered cycles: each rises, grows and fades; the loop is seamless.
    p.setPen(Qt::NoPen);
    for (int i = 0; i < 3; ++i) {
        const double t = std::fmod(phase + i / 3.0, 1.0);
        const QPointF c = from + QPointF(-10 * t - 4 * std::sin(t * 6), -70 * t);
        const double r = 6 + 16 * t;
        QColor color = tint;
        color.setAlpha(int(150 * (1.0 - t)));
        p.setBrush(color);
        p.drawEllipse(c, r, r * 0.85);
    }
}

} // namespace

QImage MechPainter::frame(int level, Motion motion, int frameIndex, QSize size) {
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(double(size.width()) / kDesignWidth, double(size.height()) / kDesignHeight);

    const Pose pose = poseFor(motion, frameIndex);
    const double scale = 0.84 + 0.028 * (level - 1);
    const double groundY = 384;
    // Hip height: thigh + shin + foot, lowered by the pose.
    const double legReach = (62 + 60) * std::cos(qDegreesToRadians(10.0)) + 12;
    const double hipY = groundY - (legReach - pose.bob) * scale;

    // Ground shadow.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 60));
    p.drawEllipse(QPointF(kDesignWidth / 2.0, groundY + 2), 95 * scale, 11 * scale);

    p.translate(kDesignWidth / 2.0, hipY);
    p.scale(scale, scale);
    Rig rig(p, level, pose, motion);
    rig.draw();
    if (motion == Motion::Rest) {
        const QColor tint = level == 1 ? QColor(0xb0a69c) : QColor(0xc4ccd4);
        steam(p, rig.exhaust(), pose.phase, tint);
    }
    p.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

} // namespace mechdock::artwork
