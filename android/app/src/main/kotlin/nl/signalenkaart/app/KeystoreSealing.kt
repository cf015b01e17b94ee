package nl.signalenkaart.app

import java.security.KeyStore
import javax.crypto.Cipher
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

/**
 * The one format both AndroidKeyStore keys write (the vault's outer key, and the
 * biometric unlock's key): a version byte (1), the 12-byte IV, then the AES-GCM
 * ciphertext with its 16-byte tag. The keystore picks the IV.
 */
internal object KeystoreSealing {
    const val KEYSTORE = "AndroidKeyStore"
    private const val TRANSFORMATION = "AES/GCM/NoPadding"
    private const val VERSION: Byte = 1
    private const val IV_BYTES = 12
    private const val TAG_BYTES = 16

    /** The app's AndroidKeyStore, loaded. */
    fun keyStore(): KeyStore = KeyStore.getInstance(KEYSTORE).apply { load(null) }

    /** A cipher that encrypts with [key] under a random IV of the keystore's choosing. */
    fun encrypting(key: SecretKey): Cipher = Cipher.getInstance(TRANSFORMATION).apply {
        init(Cipher.ENCRYPT_MODE, key)
    }

    /** [plaintext] sealed in the format with [cipher] (from [encrypting], authenticated where the key asks). */
    fun seal(cipher: Cipher, plaintext: ByteArray): ByteArray {
        val iv = cipher.iv
        check(iv.size == IV_BYTES) { "unexpected IV size" }
        return byteArrayOf(VERSION) + iv + cipher.doFinal(plaintext)
    }

    /** Whether [wrapped] is in the format at all: this version, with room for the IV and the tag. */
    fun wellFormed(wrapped: ByteArray): Boolean = wrapped.size >= 1 + IV_BYTES + TAG_BYTES && wrapped[0] == VERSION

    /**
     * A cipher that decrypts [wrapped] (see [wellFormed]) with [key]. Throws
     * `KeyPermanentlyInvalidatedException` for a key a new enrolment invalidated.
     */
    fun decrypting(key: SecretKey, wrapped: ByteArray): Cipher = Cipher.getInstance(TRANSFORMATION).apply {
        init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(TAG_BYTES * 8, wrapped, 1, IV_BYTES))
    }

    /** What [wrapped] holds, with [cipher] from [decrypting]; `AEADBadTagException` if it is not this key's. */
    fun open(cipher: Cipher, wrapped: ByteArray): ByteArray =
        cipher.doFinal(wrapped, 1 + IV_BYTES, wrapped.size - 1 - IV_BYTES)
}
