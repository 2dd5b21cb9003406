#include "agreements/Templates.h"
