#!/bin/sh
# Asks the deployment's pod which version it serves.
curl -fsS "http://${POD_IP_ADDRESS}:8080/"
