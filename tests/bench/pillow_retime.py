#!/usr/bin/env python3
# The Pillow way of re-timing and resizing an animated WebP (seed 000 / DockerDiscordControl):
# decode every frame into a list of RGBA images, then save them again. Used by
# bench_mech_webp for a side-by-side comparison.
# Usage: pillow_retime.py retime|resize FILE SPEED|WIDTH RUNS
# Prints one line: ms=<median ms> rss_kb=<peak RSS increase of the first timed run> bytes=<output size>
# runs=<runs done>. Stops early once 10 s are spent (method 6 takes seconds per file).
import ctypes
import gc
import io
import resource
import statistics
import sys
import time

from PIL import Image


def peak_kb():
    # resource.getrusage's ru_maxrss also carries the peak of the process that forked us (the
    # benchmark) across exec; VmHWM belongs to this process's memory alone.
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def reset_peak():
    # As for Mechdock: after a warm-up run, give freed memory back and reset VmHWM.
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


def load_frames(data, width=None):
    frames, durations = [], []
    with Image.open(io.BytesIO(data)) as img:
        loop = img.info.get("loop", 0)
        for i in range(img.n_frames):
            img.seek(i)
            frame = img.convert("RGBA")
            if width is not None:
                height = max(1, round(img.height * width / img.width))
                frame = frame.resize((width, height), Image.LANCZOS)
            frames.append(frame)
            durations.append(img.info.get("duration", 100))
    return frames, durations, loop


def save(frames, durations, loop):
    out = io.BytesIO()
    # The save parameters DDC's animation_cache_service uses.
    frames[0].save(out, format="WebP", save_all=True, append_images=frames[1:],
                   duration=durations, loop=loop, lossless=True, quality=100, method=6,
                   exact=True, minimize_size=False, allow_mixed=False)
    return out.getvalue()


def retime(data, speed):
    frames, durations, loop = load_frames(data)
    durations = [max(20, round(d / speed)) for d in durations]
    return save(frames, durations, loop)


def resize(data, width):
    frames, durations, loop = load_frames(data, width)
    return save(frames, durations, loop)


def main():
    mode, path, param, runs = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
    with open(path, "rb") as f:
        data = f.read()
    op = (lambda: retime(data, param)) if mode == "retime" else (lambda: resize(data, int(param)))
    times = []
    op()  # warm-up: imports and code pages
    reset_peak()
    base = peak_kb()
    start = time.perf_counter()
    out = op()
    times.append((time.perf_counter() - start) * 1000)
    rss = peak_kb() - base
    while len(times) < runs and sum(times) < 10000:
        start = time.perf_counter()
        out = op()
        times.append((time.perf_counter() - start) * 1000)
    print(f"ms={statistics.median(times):.3f} rss_kb={rss} bytes={len(out)} runs={len(times)}")


if __name__ == "__main__":
    main()
