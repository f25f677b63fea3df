// TestPaths: where a test finds the source tree, the sample files kept in tests/data and the
// built mechdock binaries.
#pragma once

#include <QString>
#include <QStringList>

namespace mechdock::test {

QString sourceDir();
// tests/data in the source tree: every file a test reads is kept in the repository.
QString dataDir();
// The DockerDiscordControl animations in tests/data/ddc-mech (MIT, licence beside them).
QString ddcMechDir();
// Their file names, listed here rather than found by globbing, so a missing one is a failure
// of the test row that needs it instead of a silently shorter list.
QStringList ddcMechFiles();
QString mechdockBinary();
// The headless executable, from MECHDOCKD_BINARY (set by CTest); empty when unknown.
QString mechdockdBinary();
// True when running under CI (CI=true): tests that need a daemon must run, not skip.
bool isCi();

} // namespace mechdock::test
