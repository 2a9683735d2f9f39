#include "common/disclaimer.h"

namespace limber {

QString Disclaimer::text() {
    return tr("Limber's guidance is for education only. It is not a substitute for professional "
              "medical advice, diagnosis or treatment. Stop any stretch that hurts. If your pain "
              "lasts more than a few days, gets worse, or began right after an injury, see a "
              "doctor.");
}

} // namespace limber
