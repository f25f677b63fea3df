#!/usr/bin/env python3
"""The reference for bench_service_many_hosts: a full status refresh of several dockerds the way
a Python bot does it with the Docker SDK (docker-py, Debian's python3-docker): one client per
host, containers.list(all=True) on each in turn. Prints one line per run,
"run <ms> <containers>", then "rss <KiB>" of this process.

Usage: dockerpy_refresh.py RUNS unix:///path/one.sock [unix:///path/two.sock ...]
"""
import sys
import time

import docker


def rss_kib():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


def main():
    runs = int(sys.argv[1])
    clients = [docker.DockerClient(base_url=uri, timeout=120) for uri in sys.argv[2:]]
    for _ in range(runs):
        started = time.perf_counter()
        count = 0
        for client in clients:
            count += len(client.containers.list(all=True))
        print(f"run {(time.perf_counter() - started) * 1000:.1f} {count}", flush=True)
    print(f"rss {rss_kib()}", flush=True)


if __name__ == "__main__":
    main()
