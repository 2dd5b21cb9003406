#include "agreements/LegalHelper.h"
