#!/usr/bin/env python3
"""Make the demo film: 6 s of ffmpeg's test pattern and a tone, plus matching subtitles.

    python tools/make_demo_clip.py            # writes assets/demo/clip.mp4 and clip.srt

The IOM documentary is never shipped; this clip is ours, so `--demo` and the tests have a
film. H.264 baseline + AAC in MP4 is what every VLC 3 build decodes, and the test pattern's
running counter shows the position on screen. Needs ffmpeg with libx264 on PATH.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

SECONDS = 6
SIZE = "640x360"
FPS = 15
MAX_BYTES = 300 * 1024
ROOT = Path(__file__).resolve().parents[1]

SUBTITLES = """1
00:00:00,300 --> 00:00:01,900
Klip demo Kerinjing Desktop

2
00:00:02,100 --> 00:00:03,900
Subtitel dibaca dari berkas .srt

3
00:00:04,100 --> 00:00:05,800
Film sebenarnya dipilih oleh fasilitator
"""


def ffmpeg_command(out: Path) -> list[str]:
    return [
        "ffmpeg",
        "-hide_banner",
        "-loglevel",
        "error",
        "-y",
        "-f",
        "lavfi",
        "-i",
        f"testsrc=size={SIZE}:rate={FPS}:duration={SECONDS}",
        "-f",
        "lavfi",
        "-i",
        f"sine=frequency=440:sample_rate=22050:duration={SECONDS}",
        "-c:v",
        "libx264",
        "-preset",
        "veryslow",
        "-crf",
        "30",
        "-profile:v",
        "baseline",
        "-pix_fmt",
        "yuv420p",
        "-threads",
        "1",  # one thread: the same bytes on every machine
        "-c:a",
        "aac",
        "-b:a",
        "32k",
        "-ac",
        "1",
        "-shortest",
        "-movflags",
        "+faststart",
        "-map_metadata",
        "-1",
        "-fflags",
        "+bitexact",
        "-flags:v",
        "+bitexact",
        "-flags:a",
        "+bitexact",
        str(out),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=ROOT / "assets" / "demo")
    args = parser.parse_args(argv)
    if shutil.which("ffmpeg") is None:
        print("ffmpeg is not installed (Debian/Ubuntu: sudo apt install ffmpeg)", file=sys.stderr)
        return 2
    args.out_dir.mkdir(parents=True, exist_ok=True)
    clip = args.out_dir / "clip.mp4"
    result = subprocess.run(ffmpeg_command(clip), capture_output=True, text=True)
    if result.returncode != 0:
        print(result.stderr.strip() or "ffmpeg failed", file=sys.stderr)
        return 1
    size = clip.stat().st_size
    if size > MAX_BYTES:
        print(f"{clip} is {size} bytes, over the {MAX_BYTES}-byte limit", file=sys.stderr)
        return 1
    (args.out_dir / "clip.srt").write_text(SUBTITLES, encoding="utf-8")
    print(f"{clip} ({size // 1024} KB, {SECONDS} s) and clip.srt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
