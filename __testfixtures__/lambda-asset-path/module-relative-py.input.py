import os
import pulumi

code_path = os.path.join(os.path.dirname(__file__), "lambda_code")
archive = pulumi.FileArchive(code_path)
absolute = pulumi.FileArchive("/var/task/build")
remote = pulumi.RemoteArchive("https://example.org/code.zip")
