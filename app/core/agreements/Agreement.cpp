#include "agreements/Agreement.h"
