"""Rewrite the output under every ``$`` line of the README's console blocks by running it.

    python scripts/update_readme.py      # with claimledger and jq on PATH

tests/test_readme.py runs the same commands and fails when an output is stale.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"(```console\n)(.*?)(```)", re.S)


def run(command: str) -> str:
    proc = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"failed: {command}\n{proc.stderr}")
    return proc.stdout


def refresh(block: re.Match[str]) -> str:
    commands = [chunk.partition("\n")[0] for chunk in re.split(r"^\$ ", block.group(2), flags=re.M)[1:]]
    body = "".join(f"$ {command}\n{run(command)}" for command in commands)
    return block.group(1) + body + block.group(3)


def main() -> None:
    readme = ROOT / "README.md"
    readme.write_text(BLOCK.sub(refresh, readme.read_text(encoding="utf-8")), encoding="utf-8")


if __name__ == "__main__":
    main()
