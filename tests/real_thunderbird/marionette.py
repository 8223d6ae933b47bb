#!/usr/bin/env python3
"""Runs one script in the chrome context of a running Thunderbird over
Marionette and prints its result as JSON.

    marionette.py PROFILE_DIR SCRIPT_FILE [ARG ...]

Thunderbird must run with --marionette -remote-allow-system-access and
marionette.port 0 (check_profile.sh --marionette does that); the port is
read from PROFILE_DIR/MarionetteActivePort. The script is the body of an
async function; its arguments are `arguments[0]`, ….

The wire format is Marionette's: each message is `<length>:<JSON>`, a
command is [0, id, name, parameters] and its answer [1, id, error, result].
"""
import json
import pathlib
import socket
import sys
import time


def read_message(sock, buffer):
    while b":" not in buffer:
        chunk = sock.recv(65536)
        if not chunk:
            raise SystemExit("marionette: Thunderbird closed the connection")
        buffer += chunk
    length, rest = buffer.split(b":", 1)
    length = int(length)
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            raise SystemExit("marionette: Thunderbird closed the connection")
        rest += chunk
    return json.loads(rest[:length]), rest[length:]


def main():
    profile, script_file, *args = sys.argv[1:]
    port_file = pathlib.Path(profile) / "MarionetteActivePort"
    deadline = time.time() + 60
    while not port_file.exists() and time.time() < deadline:
        time.sleep(0.2)
    port = int(port_file.read_text().strip())
    sock = socket.create_connection(("127.0.0.1", port), timeout=120)
    buffer = b""
    _hello, buffer = read_message(sock, buffer)
    next_id = 0

    def command(name, parameters):
        nonlocal buffer, next_id
        next_id += 1
        body = json.dumps([0, next_id, name, parameters]).encode()
        sock.sendall(str(len(body)).encode() + b":" + body)
        while True:
            answer, buffer = read_message(sock, buffer)
            if answer[0] == 1 and answer[1] == next_id:
                if answer[2]:
                    raise SystemExit(f"marionette: {name} failed: {answer[2]}")
                return answer[3]

    # "none": do not wait for a window to finish loading (a profile with
    # old accounts may keep its first window busy).
    command("WebDriver:NewSession", {"capabilities": {"alwaysMatch": {"pageLoadStrategy": "none"}}})
    command("Marionette:SetContext", {"value": "chrome"})
    command("WebDriver:SetTimeouts", {"script": 100000})
    body = pathlib.Path(script_file).read_text()
    script = "return (async function() {\n" + body + "\n}).apply(null, arguments);"
    result = command("WebDriver:ExecuteScript", {"script": script, "args": args})
    print(json.dumps(result.get("value") if isinstance(result, dict) else result))
    command("WebDriver:DeleteSession", {})


if __name__ == "__main__":
    main()
