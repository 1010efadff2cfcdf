#!/usr/bin/env bash
# Posts a Shopify webhook to a running Hub, signed the way Shopify signs it:
# base64(HMAC-SHA256(secret, raw body)) in X-Shopify-Hmac-Sha256.
#
#   scripts/send-shopify-sample.sh <connector-id> <secret> [payload.json] [topic] [hub-url]
#
# Defaults: the orders/create sample payload, topic orders/create, http://localhost:5080.
set -euo pipefail
connector=${1:?usage: $0 <connector-id> <secret> [payload.json] [topic] [hub-url]}
secret=${2:?usage: $0 <connector-id> <secret> [payload.json] [topic] [hub-url]}
here=$(cd "$(dirname "$0")" && pwd)
payload=${3:-$here/../tests/fixtures/webhooks/shopify/orders_create.json}
topic=${4:-orders/create}
hub=${HUB_URL:-${5:-http://localhost:5080}}

signature=$(openssl dgst -sha256 -hmac "$secret" -binary < "$payload" | base64 -w0)
delivery_id=${DELIVERY_ID:-$(cat /proc/sys/kernel/random/uuid 2>/dev/null || date +%s%N)}

curl -sS -i -X POST "$hub/webhooks/$connector" \
  -H "Content-Type: application/json" \
  -H "X-Shopify-Topic: $topic" \
  -H "X-Shopify-Hmac-Sha256: $signature" \
  -H "X-Shopify-Webhook-Id: $delivery_id" \
  -H "X-Shopify-Shop-Domain: example.myshopify.com" \
  --data-binary "@$payload"
echo
