#!/usr/bin/env python3
"""Small helpers for start.sh/selftest.sh (stdlib only).

  peerutil.py freeports N            -> N distinct TCP ports free on 127.0.0.1 and ::1
  peerutil.py wait-imaps PORT CA T   -> wait (<= T s) for an IMAPS greeting on localhost:PORT
  peerutil.py wait-pop3s PORT CA T   -> wait (<= T s) for a POP3S +OK greeting on localhost:PORT
  peerutil.py wait-smtp PORT T       -> wait (<= T s) for an SMTP 220 banner on 127.0.0.1:PORT
  peerutil.py wait-https URL CA T    -> wait (<= T s) for HTTP 200 from URL
"""
import socket
import ssl
import sys
import time
import urllib.request


def port_free_v6(port):
    try:
        s = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    except OSError:
        return True  # no IPv6 at all: nothing to collide with
    try:
        s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        s.bind(("::1", port))
        return True
    except OSError as e:
        # EADDRNOTAVAIL: no ::1 here; fine. EADDRINUSE: taken.
        return e.errno != 98
    finally:
        s.close()


def freeports(n):
    socks, ports = [], []
    try:
        while len(ports) < n:
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
            socks.append(s)  # keep bound so we never return the same port twice
            if port_free_v6(port) and port not in ports:
                ports.append(port)
    finally:
        for s in socks:
            s.close()
    print(" ".join(map(str, ports)))


def wait(deadline, fn, what):
    last = None
    while time.monotonic() < deadline:
        try:
            fn()
            return
        except Exception as e:  # noqa: BLE001
            last = e
            time.sleep(0.2)
    sys.exit(f"timeout waiting for {what}: {last!r}")


def wait_imaps(port, ca, timeout):
    ctx = ssl.create_default_context(cafile=ca)

    def probe():
        with socket.create_connection(("127.0.0.1", port), timeout=2) as raw:
            with ctx.wrap_socket(raw, server_hostname="localhost") as s:
                greeting = s.recv(1024)
                if not greeting.startswith(b"* OK"):
                    raise RuntimeError(f"bad greeting {greeting!r}")

    wait(time.monotonic() + timeout, probe, f"IMAPS on {port}")


def wait_pop3s(port, ca, timeout):
    ctx = ssl.create_default_context(cafile=ca)

    def probe():
        with socket.create_connection(("127.0.0.1", port), timeout=2) as raw:
            with ctx.wrap_socket(raw, server_hostname="localhost") as s:
                greeting = s.recv(1024)
                if not greeting.startswith(b"+OK"):
                    raise RuntimeError(f"bad greeting {greeting!r}")
                s.sendall(b"QUIT\r\n")

    wait(time.monotonic() + timeout, probe, f"POP3S on {port}")


def wait_smtp(port, timeout):
    def probe():
        with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
            banner = s.recv(1024)
            if not banner.startswith(b"220"):
                raise RuntimeError(f"bad banner {banner!r}")
            s.sendall(b"QUIT\r\n")

    wait(time.monotonic() + timeout, probe, f"SMTP on {port}")


def wait_https(url, ca, timeout):
    ctx = ssl.create_default_context(cafile=ca)

    def probe():
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}),  # never a proxy
                                             urllib.request.HTTPSHandler(context=ctx))
        with opener.open(url, timeout=2) as r:
            if r.status != 200:
                raise RuntimeError(f"HTTP {r.status}")

    wait(time.monotonic() + timeout, probe, url)


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "freeports":
        freeports(int(args[0]))
    elif cmd == "wait-imaps":
        wait_imaps(int(args[0]), args[1], float(args[2]))
    elif cmd == "wait-pop3s":
        wait_pop3s(int(args[0]), args[1], float(args[2]))
    elif cmd == "wait-smtp":
        wait_smtp(int(args[0]), float(args[1]))
    elif cmd == "wait-https":
        wait_https(args[0], args[1], float(args[2]))
    else:
        sys.exit(f"unknown command {cmd}")


if __name__ == "__main__":
    main()
