// GuiRunner: the desktop panel: QApplication, the service on its own thread, the main window.
#pragma once

#include "appoptions.h"

#include <QCoreApplication>

#include <memory>

namespace mechdock::app {

class TranslationInstaller;

class GuiRunner {
public:
    static std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);
    static int run(const AppOptions &options, TranslationInstaller &translations);
};

} // namespace mechdock::app
