// libFuzzer's driver, for fuzz targets that have their own main (SwiftPM names an executable's entry point itself).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
