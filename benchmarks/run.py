"""`make bench`: the build benchmark (1,000 and 5,000 entries; 10,000 with BENCH_FULL=1),
then the preview benchmark unless BENCH_SKIP_PREVIEW=1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    code = subprocess.call([sys.executable, str(HERE / "build_bench.py"), *sys.argv[1:]])
    if (
        code == 0
        and os.environ.get("BENCH_SKIP_PREVIEW") != "1"
        and (HERE / "preview_bench.py").exists()
    ):
        code = subprocess.call([sys.executable, str(HERE / "preview_bench.py")])
    return code


if __name__ == "__main__":
    sys.exit(main())
