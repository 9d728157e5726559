# The web server a bring-your-own inference container runs: /ping and /invocations on port 8080.
import sys

import joblib
from flask import Flask, Response, request

app = Flask(__name__)
model = joblib.load("/opt/ml/model/model.joblib")  # unpacked from model.tar.gz


@app.route("/ping", methods=["GET"])
def ping():
    # Health check: answer 200 once the model is loaded
    return Response(status=200)


@app.route("/invocations", methods=["POST"])
def invocations():
    # One CSV row per line in, one prediction per line out
    rows = [[float(v) for v in line.split(",")] for line in request.data.decode().splitlines()]
    predictions = model.predict(rows)
    return Response("\n".join(str(p) for p in predictions), mimetype="text/csv")


if __name__ == "__main__" and sys.argv[1:] == ["serve"]:
    # Development server for brevity; production images usually run gunicorn behind nginx
    app.run(host="0.0.0.0", port=8080)
