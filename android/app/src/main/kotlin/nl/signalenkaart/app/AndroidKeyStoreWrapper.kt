package nl.signalenkaart.app

import android.content.Context
import android.content.pm.PackageManager
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyPermanentlyInvalidatedException
import android.security.keystore.KeyProperties
import android.security.keystore.StrongBoxUnavailableException
import android.system.Os
import android.system.OsConstants
import nl.signalenkaart.core.KeyWrapperException
import nl.signalenkaart.core.PlatformKeyWrapper
import java.io.File
import java.io.FileOutputStream
import java.nio.file.Files
import java.nio.file.StandardCopyOption
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
 *
 * It also keeps the platform's copy of the vault's wrong-PIN count: a decimal number in
 * the file `vault-attempts` in [Context.getNoBackupFilesDir], outside the vault
 * directory and excluded from every backup. The vault takes the larger of its own count
 * and this one, so restoring an older copy of the vault directory alone (taken before
 * some wrong PINs) does not give back the PINs it cost. It does not stop an attacker who
 * can write the app's private files (root, or a debuggable build): they can restore or
 * delete this file as well. The planned hardening is a count the hardware enforces: a
 * KeyStore key with `setMaxUsageCount` on KeyMint devices (Android 12+), used once per
 * PIN check.
 */
class AndroidKeyStoreWrapper(private val context: Context) : PlatformKeyWrapper {
    /** Serialises the count file's reads and writes (the core already serialises calls). */
    private val countLock = Any()

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
        synchronized(countLock) {
            val file = countFile()
            // Not there is fine; still there after delete() is a failure to report.
            if (!file.delete() && file.exists()) throw KeyWrapperException.Failed(reason = "attempt count not deleted")
            syncDir(file.parentFile!!)
        }
    }

    override fun loadAttemptCount(): UInt? = guarded {
        synchronized(countLock) {
            val file = countFile()
            if (file.exists()) {
                // Written atomically, so anything but a number was altered or damaged.
                // Reading it as no count would let an older vault count stand: fail.
                file.readText(Charsets.US_ASCII).trim().toUIntOrNull()
                    ?: throw KeyWrapperException.Failed(reason = "attempt count damaged")
            } else {
                null
            }
        }
    }

    override fun storeAttemptCount(count: UInt) = guarded {
        synchronized(countLock) {
            val file = countFile()
            val dir = file.parentFile!!
            val tmp = File(dir, "$COUNT_FILE.tmp")
            // Temp file, synced, renamed over the old one, directory synced: a crash
            // leaves the old count or the new one, never a torn or empty file.
            FileOutputStream(tmp).use { out ->
                out.write(count.toString().toByteArray(Charsets.US_ASCII))
                out.fd.sync()
            }
            Files.move(tmp.toPath(), file.toPath(), StandardCopyOption.ATOMIC_MOVE)
            syncDir(dir)
        }
    }

    /** In the no-backup directory, which the OS creates if missing; never in the vault's. */
    private fun countFile(): File = File(context.noBackupFilesDir, COUNT_FILE)

    /** Makes a rename or deletion in [dir] durable: Java has no directory fsync. */
    private fun syncDir(dir: File) {
        val fd = Os.open(dir.path, OsConstants.O_RDONLY, 0)
        try {
            Os.fsync(fd)
        } finally {
            Os.close(fd)
        }
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
        const val COUNT_FILE = "vault-attempts"
        const val TRANSFORMATION = "AES/GCM/NoPadding"
        const val VERSION: Byte = 1
        const val IV_BYTES = 12
        const val TAG_BYTES = 16
    }
}
