#include "queuesignals.h"
