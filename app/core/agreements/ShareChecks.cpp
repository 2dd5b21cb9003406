#include "agreements/ShareChecks.h"
