#include "agreements/LegalCatalogue.h"
