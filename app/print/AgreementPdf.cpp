#include "print/AgreementPdf.h"
