// TestPaths: where a test finds the source tree, ../shared and the built mechdock binary.
#pragma once

#include <QString>

namespace mechdock::test {

QString sourceDir();
// The shared/ folder beside the checkout; tests that read it fail naming this path if absent.
QString sharedDir();
QString mechdockBinary();
// True when running under CI (CI=true): tests that need a daemon must run, not skip.
bool isCi();

} // namespace mechdock::test
