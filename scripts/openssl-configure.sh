#!/bin/sh
# OpenSSL for SQLCipher on the phones: openssl-src (the `vendored-openssl` feature, the
# Android build) runs its Configure through this script, named by OPENSSL_SRC_PERL in
# .cargo/config.toml, which adds what to leave out. SQLCipher calls AES-256-CBC,
# HMAC-SHA1/256/512, PBKDF2 and the random generator, nothing else; with every algorithm
# compiled in, OpenSSL's providers reference them all and the linker keeps 2.9 MB of them
# (EC, DH, DSA, post-quantum signatures, TLS, …) in each ABI's library. RSA cannot be
# left out of OpenSSL 3. Any other perl run goes to perl unchanged.
# scripts/phone-library.sh checks that the build it measures was configured with these.
case "$1" in
  ./Configure)
    exec perl "$@" \
      no-ssl no-tls no-dtls no-quic no-sock no-http no-dgram no-srp no-psk no-srtp \
      no-ocsp no-cms no-ts no-ct no-cmp no-rfc3779 \
      no-ec no-ecx no-ec2m no-ecdh no-ecdsa no-sm2 no-sm2-precomp no-dh no-dsa \
      no-ml-dsa no-ml-kem no-slh-dsa no-lms no-gost \
      no-aria no-bf no-cast no-des no-rc2 no-rc4 no-sm4 no-chacha no-poly1305 \
      no-siv no-ocb no-cmac no-siphash \
      no-md4 no-mdc2 no-rmd160 no-whirlpool no-blake2 no-sm3 no-scrypt no-argon2 \
      no-apps no-docs no-ui-console no-autoload-config no-multiblock \
      no-thread-pool no-default-thread-pool no-filenames no-err
    ;;
  *) exec perl "$@" ;;
esac
