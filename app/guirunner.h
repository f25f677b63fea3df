// GuiRunner: the desktop panel: QApplication and the main window, attached to the engine of its
// data folder: a running service's (through its local socket), else one it hosts on its own
// thread; or, with --connect, to any engine.
#pragma once

#include "appoptions.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace mechdock::ui {
class MainWindow;
}

namespace mechdock::app {

class TranslationInstaller;

class GuiRunner {
public:
    static std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);
    static int run(const AppOptions &options, TranslationInstaller &translations);

private:
    // Shows the window (and takes the screenshots asked for), runs the event loop, then
    // afterExec (stops a hosted engine).
    static int runWindow(ui::MainWindow &window, const AppOptions &options,
                         const std::function<void()> &afterExec);
};

} // namespace mechdock::app
