// mechartgen: the build-time tool that draws Mechdock's mech artwork. For each level 1..11 it
// writes a walk and a rest animation (8 frames of 125 ms, looping, lossless WebP) in two sizes:
//   <out>/big/walk_L<n>.webp, <out>/big/rest_L<n>.webp, <out>/small/...
// --contact-sheet <png> also writes frame 0 of every level side by side (walk over rest), and
// --frames <level> <png> every frame of one level, to check the artwork by eye.
#include "animwebpwriter.h"
#include "mechpainter.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QSaveFile>

#include <cstdio>

using namespace mechdock::artwork;

namespace {

constexpr int kFrameMs = 125;
const QSize kBig(480, 400);
const QSize kSmall(192, 160);

int usage() {
    std::fprintf(stderr, "usage: mechartgen --out <dir> [--contact-sheet <png>] "
                         "[--frames <level> <png>]\n");
    return 2;
}

bool writeAnimation(const QString &path, int level, Motion motion, QSize size) {
    QList<QImage> frames;
    for (int f = 0; f < MechPainter::kFrames; ++f)
        frames.append(MechPainter::frame(level, motion, f, size));
    QString error;
    const QByteArray bytes = AnimWebpWriter::encode(frames, kFrameMs, &error);
    if (bytes.isEmpty()) {
        std::fprintf(stderr, "mechartgen: %s: %s\n", qPrintable(path), qPrintable(error));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        std::fprintf(stderr, "mechartgen: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

bool contactSheet(const QString &path) {
    const int columns = 6;
    const int rows = 2; // 11 levels -> two rows of six
    QImage sheet(kBig.width() / 2 * columns, kBig.height() * rows, QImage::Format_ARGB32);
    sheet.fill(QColor(0x30, 0x33, 0x38));
    QPainter p(&sheet);
    for (int level = 1; level <= 11; ++level) {
        const int col = (level - 1) % columns;
        const int row = (level - 1) / columns;
        const QImage walk = MechPainter::frame(level, Motion::Walk, 0, kBig);
        const QImage rest = MechPainter::frame(level, Motion::Rest, 0, kSmall);
        const QRect cell(col * kBig.width() / 2, row * kBig.height(), kBig.width() / 2,
                         kBig.height());
        p.fillRect(cell.adjusted(2, 2, -2, -2), level % 2 ? QColor(0x3a3e45) : QColor(0xdadde2));
        p.drawImage(QRect(cell.x(), cell.y(), cell.width(), cell.width() * 400 / 480), walk);
        p.drawImage(QPoint(cell.x() + (cell.width() - kSmall.width()) / 2,
                           cell.y() + cell.height() - kSmall.height() - 4),
                    rest);
    }
    p.end();
    return sheet.save(path, "PNG");
}

bool frameSheet(int level, const QString &path) {
    QImage sheet(kBig.width() / 2 * 4, kBig.height() / 2 * 4, QImage::Format_ARGB32);
    sheet.fill(QColor(0xdadde2));
    QPainter p(&sheet);
    for (int f = 0; f < MechPainter::kFrames; ++f) {
        for (int m = 0; m < 2; ++m) {
            const QImage img =
                MechPainter::frame(level, m == 0 ? Motion::Walk : Motion::Rest, f, kBig / 2);
            p.drawImage(QPoint((f % 4) * kBig.width() / 2, (m * 2 + f / 4) * kBig.height() / 2),
                        img);
        }
    }
    p.end();
    return sheet.save(path, "PNG");
}

} // namespace

int main(int argc, char **argv) {
    QString out;
    QString sheet;
    QString frames;
    int framesLevel = 0;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--out") && i + 1 < argc) {
            out = QString::fromLocal8Bit(argv[++i]);
        } else if (arg == QLatin1String("--contact-sheet") && i + 1 < argc) {
            sheet = QString::fromLocal8Bit(argv[++i]);
        } else if (arg == QLatin1String("--frames") && i + 2 < argc) {
            framesLevel = QString::fromLocal8Bit(argv[++i]).toInt();
            frames = QString::fromLocal8Bit(argv[++i]);
        } else {
            return usage();
        }
    }
    if (out.isEmpty() && sheet.isEmpty() && frames.isEmpty())
        return usage();
    if (!sheet.isEmpty() && !contactSheet(sheet)) {
        std::fprintf(stderr, "mechartgen: cannot write %s\n", qPrintable(sheet));
        return 1;
    }
    if (!frames.isEmpty() &&
        (framesLevel < 1 || framesLevel > 11 || !frameSheet(framesLevel, frames))) {
        std::fprintf(stderr, "mechartgen: cannot write %s\n", qPrintable(frames));
        return 1;
    }
    if (out.isEmpty())
        return 0;
    for (const auto &[name, size] :
         {std::pair{QStringLiteral("big"), kBig}, std::pair{QStringLiteral("small"), kSmall}}) {
        const QDir dir(out + QLatin1Char('/') + name);
        if (!QDir().mkpath(dir.path())) {
            std::fprintf(stderr, "mechartgen: cannot create %s\n", qPrintable(dir.path()));
            return 1;
        }
        for (int level = 1; level <= 11; ++level) {
            if (!writeAnimation(dir.filePath(QStringLiteral("walk_L%1.webp").arg(level)), level,
                                Motion::Walk, size) ||
                !writeAnimation(dir.filePath(QStringLiteral("rest_L%1.webp").arg(level)), level,
                                Motion::Rest, size))
                return 1;
        }
    }
    return 0;
}
