#include "agreements/Dpia.h"
