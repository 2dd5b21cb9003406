#include "agreements/AgreementRegister.h"
