# A minimal bring-your-own inference image: SageMaker AI starts it with the argument "serve".
FROM python:3.12-slim

# Only what the model needs; pin versions in a real image
RUN pip install --no-cache-dir flask==3.1.* scikit-learn==1.6.* joblib

# SageMaker AI copies model.tar.gz, unpacked, to /opt/ml/model at start-up
WORKDIR /opt/program
COPY inference_app.py /opt/program/inference_app.py

# The container must answer GET /ping and POST /invocations on port 8080
EXPOSE 8080
ENTRYPOINT ["python", "/opt/program/inference_app.py"]
