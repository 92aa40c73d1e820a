#!/usr/bin/env python3
"""A stand-in for the Central Publisher Portal on 127.0.0.1, so that the release profile's
central-publishing-maven-plugin can build its bundle without publishing anything.

Usage: loopback-portal.py PORT_FILE UPLOAD_FILE
Listens on a free loopback port, writes the port number to PORT_FILE, answers one upload
(POST /api/v1/publisher/upload) with a deployment id after saving its body to UPLOAD_FILE,
and stops after that upload or after 10 minutes.
"""
import http.server
import sys
import threading

port_file, upload_file = sys.argv[1], sys.argv[2]


class Portal(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        if not self.path.startswith("/api/v1/publisher/upload"):
            self.send_error(404)
            return
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        with open(upload_file, "wb") as out:
            out.write(body)
        reply = b"loopback-deployment"
        self.send_response(201)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)
        threading.Thread(target=self.server.shutdown).start()

    def log_message(self, format, *args):
        pass


server = http.server.HTTPServer(("127.0.0.1", 0), Portal)
with open(port_file, "w") as out:
    out.write(str(server.server_address[1]))
threading.Timer(600, server.shutdown).start()
server.serve_forever()
