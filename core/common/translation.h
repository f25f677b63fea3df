// translate(): QCoreApplication::translate for a class context, falling back to the enclosing
// namespace. lupdate files a tr() call made in a free helper function under the namespace, while
// the helper asks with its class's context; this finds the string either way.
#pragma once

#include <QString>

namespace mechdock {

QString translate(const char *context, const char *text, int n = -1);

} // namespace mechdock
