// AnimCommand: argument checks, file reading and writing (atomic, through QSaveFile) and the
// report lines; the work itself is done by the mech library.
#include "animcommand.h"

#include "mech/animationinfo.h"
#include "mech/animationretimer.h"
#include "mech/animationtranscoder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace mechdock::app {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("mechdock::app::AnimCommand", text);
}

QString usage() {
    return tr("usage: mechdock anim info FILE\n"
              "       mechdock anim retime IN OUT --speed S [--min-frame-ms MS]\n"
              "       mechdock anim resize IN OUT --width W [--quality Q]");
}

// Reads a whole file, refusing anything far larger than an animation we would handle.
bool readFile(const QString &path, QByteArray *data, QTextStream &err) {
    constexpr qint64 kMaxBytes = 256LL * 1024 * 1024;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("%1: cannot read: %2").arg(path, file.errorString()) << Qt::endl;
        return false;
    }
    if (file.size() > kMaxBytes) {
        err << tr("%1: the file is too large (%2 bytes)").arg(path).arg(file.size()) << Qt::endl;
        return false;
    }
    *data = file.readAll();
    return true;
}

bool writeFile(const QString &path, const QByteArray &data, QTextStream &err) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        err << tr("%1: cannot write: %2").arg(path, file.errorString()) << Qt::endl;
        return false;
    }
    return true;
}

int info(const QString &path, QTextStream &out, QTextStream &err) {
    QByteArray data;
    if (!readFile(path, &data, err))
        return 1;
    mech::AnimationInfo info;
    QString error;
    if (!mech::AnimationInspector::inspect(data, &info, &error)) {
        err << tr("%1: %2").arg(path, error) << Qt::endl;
        return 1;
    }
    qint64 total = 0;
    QStringList durations;
    for (int d : info.durationsMs) {
        total += d;
        durations << QString::number(d);
    }
    const QString yes = tr("yes");
    const QString no = tr("no");
    out << tr("file:      %1").arg(path) << Qt::endl;
    out << tr("size:      %1x%2").arg(info.width).arg(info.height) << Qt::endl;
    out << tr("frames:    %1").arg(info.frameCount) << Qt::endl;
    out << tr("loop:      %1")
               .arg(info.loopCount == 0 ? tr("forever") : QString::number(info.loopCount))
        << Qt::endl;
    out << tr("alpha:     %1").arg(info.hasAlpha ? yes : no) << Qt::endl;
    out << tr("lossless:  %1").arg(info.lossless ? yes : no) << Qt::endl;
    out << tr("durations: %1 ms (total %2 ms)").arg(durations.join(QLatin1Char(' '))).arg(total)
        << Qt::endl;
    out << tr("bytes:     %1").arg(info.bytes) << Qt::endl;
    return 0;
}

} // namespace

int AnimCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show, re-time or resize an animated WebP.\n\n"
           "  info FILE                 canvas, frames, loop, alpha, lossless, durations, bytes\n"
           "  retime IN OUT --speed S   change the speed (0 < S <= 10) without re-encoding\n"
           "  resize IN OUT --width W   resize frame by frame, keeping the aspect ratio"));
    parser.addHelpOption();
    const QCommandLineOption speedOption(QStringLiteral("speed"),
                                         tr("Speed factor: 1.3 plays 30 % faster."), tr("S"));
    const QCommandLineOption minFrameOption(QStringLiteral("min-frame-ms"),
                                            tr("Shortest frame duration written (default 20)."),
                                            tr("MS"), QStringLiteral("20"));
    const QCommandLineOption widthOption(QStringLiteral("width"), tr("Output width in pixels."),
                                         tr("W"));
    const QCommandLineOption qualityOption(
        QStringLiteral("quality"),
        tr("Lossy quality 0-100; without it a lossless input stays lossless."), tr("Q"));
    parser.addOptions({speedOption, minFrameOption, widthOption, qualityOption});
    parser.addPositionalArgument(QStringLiteral("action"), tr("info, retime or resize"));
    if (!parser.parse(QStringList{QStringLiteral("mechdock anim")} + arguments)) {
        err << parser.errorText() << Qt::endl << usage() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("info")) {
        if (positional.size() != 2 || parser.isSet(speedOption) || parser.isSet(widthOption)) {
            err << usage() << Qt::endl;
            return 2;
        }
        return info(positional.at(1), out, err);
    }
    const bool retime = action == QLatin1String("retime");
    const bool resize = action == QLatin1String("resize");
    if ((!retime && !resize) || positional.size() != 3) {
        err << usage() << Qt::endl;
        return 2;
    }
    const QString in = positional.at(1);
    const QString outPath = positional.at(2);

    mech::WebpResult result;
    QByteArray data;
    if (retime) {
        bool speedOk = false;
        bool minOk = false;
        const double speed = parser.value(speedOption).toDouble(&speedOk);
        const int minFrame = parser.value(minFrameOption).toInt(&minOk);
        if (!parser.isSet(speedOption) || !speedOk || !(speed > 0.0) ||
            speed > mech::AnimationRetimer::kMaxSpeed || !minOk || minFrame < 0 ||
            minFrame > mech::AnimationRetimer::kMaxMinFrameMs || parser.isSet(widthOption) ||
            parser.isSet(qualityOption)) {
            err << tr("retime needs --speed S with 0 < S <= 10 and an optional --min-frame-ms "
                      "from 0 to 60000")
                << Qt::endl
                << usage() << Qt::endl;
            return 2;
        }
        if (!readFile(in, &data, err))
            return 1;
        result = mech::AnimationRetimer::retime(data, speed, minFrame);
    } else {
        bool widthOk = false;
        bool qualityOk = true;
        const int width = parser.value(widthOption).toInt(&widthOk);
        const int quality =
            parser.isSet(qualityOption) ? parser.value(qualityOption).toInt(&qualityOk) : -1;
        if (!parser.isSet(widthOption) || !widthOk || width < 1 || width > 16384 || !qualityOk ||
            quality < -1 || quality > 100 || parser.isSet(speedOption)) {
            err << tr("resize needs --width W (1 to 16384) and an optional --quality 0-100")
                << Qt::endl
                << usage() << Qt::endl;
            return 2;
        }
        if (!readFile(in, &data, err))
            return 1;
        result = mech::AnimationTranscoder::resize(data, width, quality);
    }
    if (!result.ok) {
        err << tr("%1: %2").arg(in, result.error) << Qt::endl;
        return 1;
    }
    if (!writeFile(outPath, result.data, err))
        return 1;
    out << tr("%1: %2 bytes written").arg(outPath).arg(result.data.size()) << Qt::endl;
    return 0;
}

} // namespace mechdock::app
