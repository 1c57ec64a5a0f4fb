"""A stand-in for `conductor-agent serve --stdio` (docs/protocol.md), for console tests over SSH.

Says hello, records the console's hello in /tmp/fake-agent-console-hello.json, then answers:
  echo          -> the params as result
  stream        -> params.count "tick" events {n}, then {count}
  follow        -> a "line" event every 20 ms until cancelled (then error "cancelled")
  fail          -> error not_found, quoting params.name
  hang          -> no answer ever
"""
import json
import socket
import sys
import threading

VERSION = sys.argv[1] if len(sys.argv) > 1 else "0.1.0"
out_lock = threading.Lock()
cancelled = {}


def send(message):
    with out_lock:
        sys.stdout.write(json.dumps(message) + "\n")
        sys.stdout.flush()


def follow(request_id, stop):
    n = 0
    while not stop.wait(0.02):
        n += 1
        send({"type": "event", "id": request_id, "event": "line", "data": {"message": "line %d" % n}})
    send({"type": "error", "id": request_id, "error": {"code": "cancelled", "message": "cancelled"}})


def handle(request):
    rid, method, params = request["id"], request["method"], request.get("params") or {}
    if method == "echo":
        send({"type": "response", "id": rid, "result": params})
    elif method == "stream":
        for n in range(params["count"]):
            send({"type": "event", "id": rid, "event": "tick", "data": {"n": n}})
        send({"type": "response", "id": rid, "result": {"count": params["count"]}})
    elif method == "follow":
        stop = cancelled.setdefault(rid, threading.Event())
        threading.Thread(target=follow, args=(rid, stop), daemon=True).start()
    elif method == "fail":
        send({"type": "error", "id": rid,
              "error": {"code": "not_found", "message": "no service '%s'" % params.get("name")}})
    elif method != "hang":
        send({"type": "error", "id": rid, "error": {"code": "unknown_method", "message": method}})


def main():
    send({"type": "hello", "protocol": 1, "agent_version": VERSION, "hostname": socket.gethostname(),
          "capabilities": ["services", "logs"]})
    for line in sys.stdin:
        message = json.loads(line)
        if message["type"] == "hello":
            with open("/tmp/fake-agent-console-hello.json", "w") as f:
                f.write(line)
        elif message["type"] == "request":
            handle(message)
        elif message["type"] == "cancel":
            cancelled.setdefault(message["id"], threading.Event()).set()


main()
