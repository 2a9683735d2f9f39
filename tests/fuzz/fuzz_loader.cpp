// libFuzzer target for the routine loader: any bytes must give diagnostics,
// never a crash, hang, leak or sanitizer report; and a routine comes back
// exactly when there are no errors. Images resolve against the valid
// fixtures, so that image checks run on real files.
#include "routine/routineloader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::filesystem::path file =
        std::filesystem::path(LIMBER_TEST_DATA_DIR) / "routines" / "valid" / "fuzz-input.yaml";
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto result = limber::loadRoutineText(text, file);
    if (result.routine.has_value() == result.hasErrors())
        std::abort(); // a routine with errors, or none without
    for (const auto& diagnostic : result.diagnostics) {
        if (diagnostic.file != file.string() || diagnostic.message.empty() || diagnostic.line < 0 ||
            diagnostic.column < 0 || diagnostic.format().empty())
            std::abort();
    }
    return 0;
}
