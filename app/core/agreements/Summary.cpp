#include "agreements/Summary.h"
