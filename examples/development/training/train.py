import argparse, os
import torch

if __name__ == "__main__":
    p = argparse.ArgumentParser()
    # hyperparameters from the estimator arrive as command-line arguments
    p.add_argument("--epochs", type=int, default=10)
    p.add_argument("--batch-size", type=int, default=64)
    p.add_argument("--learning-rate", type=float, default=0.01)
    # paths that SageMaker AI provides as environment variables
    p.add_argument("--model-dir", default=os.environ["SM_MODEL_DIR"])
    p.add_argument("--train", default=os.environ["SM_CHANNEL_TRAIN"])
    args, _ = p.parse_known_args()

    model = build_and_train(args)          # your own training loop
    torch.save(model.state_dict(), os.path.join(args.model_dir, "model.pth"))
