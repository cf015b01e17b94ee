package nl.signalenkaart.app

import android.content.Context
import android.content.pm.PackageManager
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyPermanentlyInvalidatedException
import android.security.keystore.KeyProperties
import android.security.keystore.StrongBoxUnavailableException
import nl.signalenkaart.core.KeyWrapperException
import nl.signalenkaart.core.PlatformKeyWrapper
import java.security.KeyStore
import javax.crypto.AEADBadTagException
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

/**
 * The vault's outer key in the AndroidKeyStore: AES-256-GCM, in StrongBox where the
 * phone has one, usable only while the device is unlocked. The key never leaves the
 * keystore; the core hands over its PIN-sealed data key to wrap and unwrap.
 *
 * Format of a wrapped value: version byte (1), 12-byte IV, ciphertext with 16-byte tag.
 */
class AndroidKeyStoreWrapper(private val context: Context) : PlatformKeyWrapper {
    private fun keyStore(): KeyStore = KeyStore.getInstance(KEYSTORE).apply { load(null) }

    private fun existingKey(): SecretKey? = keyStore().getKey(ALIAS, null) as? SecretKey

    private fun newKey(strongBox: Boolean): SecretKey {
        val spec = KeyGenParameterSpec.Builder(ALIAS, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
            .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
            .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
            .setKeySize(256)
            .setRandomizedEncryptionRequired(true)
            // A stolen, locked phone cannot unwrap: the key is unusable until unlocked.
            .setUnlockedDeviceRequired(true)
            .setIsStrongBoxBacked(strongBox)
            .build()
        val generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, KEYSTORE)
        return try {
            generator.init(spec)
            generator.generateKey()
        } catch (e: StrongBoxUnavailableException) {
            // Advertised but refused (busy, or this key type unsupported): the TEE then.
            if (strongBox) newKey(strongBox = false) else throw e
        }
    }

    override fun wrap(plaintext: ByteArray): ByteArray = guarded {
        val strongBox = context.packageManager.hasSystemFeature(PackageManager.FEATURE_STRONGBOX_KEYSTORE)
        val key = existingKey() ?: newKey(strongBox)
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.ENCRYPT_MODE, key) // the keystore picks a random IV
        val iv = cipher.iv
        check(iv.size == IV_BYTES) { "unexpected IV size" }
        byteArrayOf(VERSION) + iv + cipher.doFinal(plaintext)
    }

    override fun unwrap(wrapped: ByteArray): ByteArray = guarded {
        val key = existingKey() ?: throw KeyWrapperException.KeyMissing()
        if (wrapped.size < 1 + IV_BYTES + TAG_BYTES || wrapped[0] != VERSION) throw KeyWrapperException.Rejected()
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(TAG_BYTES * 8, wrapped, 1, IV_BYTES))
        try {
            cipher.doFinal(wrapped, 1 + IV_BYTES, wrapped.size - 1 - IV_BYTES)
        } catch (_: AEADBadTagException) {
            throw KeyWrapperException.Rejected()
        }
    }

    override fun destroyKey() = guarded {
        // Deleting an alias that does not exist is not an error.
        keyStore().deleteEntry(ALIAS)
    }

    /** Keystore failures as the core's typed failure; the reason names no secret. */
    private inline fun <T> guarded(block: () -> T): T = try {
        block()
    } catch (e: KeyWrapperException) {
        throw e
    } catch (_: KeyPermanentlyInvalidatedException) {
        throw KeyWrapperException.KeyMissing()
    } catch (e: Exception) {
        throw KeyWrapperException.Failed(reason = e.javaClass.simpleName)
    }

    private companion object {
        const val KEYSTORE = "AndroidKeyStore"
        const val ALIAS = "signalenkaart-vault"
        const val TRANSFORMATION = "AES/GCM/NoPadding"
        const val VERSION: Byte = 1
        const val IV_BYTES = 12
        const val TAG_BYTES = 16
    }
}
