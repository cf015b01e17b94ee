package nl.signalenkaart.app

import android.content.Context
import android.content.pm.PackageManager
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyPermanentlyInvalidatedException
import android.security.keystore.KeyProperties
import android.security.keystore.StrongBoxUnavailableException
import android.security.keystore.UserNotAuthenticatedException
import android.system.Os
import android.system.OsConstants
import nl.signalenkaart.core.KeyWrapperException
import nl.signalenkaart.core.PlatformKeyWrapper
import java.io.File
import java.io.FileOutputStream
import java.nio.file.Files
import java.nio.file.StandardCopyOption
import java.security.ProviderException
import javax.crypto.AEADBadTagException
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey

/**
 * The vault's outer key in the AndroidKeyStore: AES-256-GCM, in StrongBox where the
 * phone has one, usable only while the device is unlocked. The key never leaves the
 * keystore; the core hands over its PIN-sealed data key to wrap and unwrap.
 *
 * Wrapped values are in [KeystoreSealing]'s format.
 *
 * It also keeps the platform's copy of the vault's wrong-PIN count ([AttemptCountFile]
 * in [Context.getNoBackupFilesDir]): the vault takes the larger of its own count and
 * this one, so restoring an older copy of the vault directory alone (taken before some
 * wrong PINs) does not give back the PINs it cost. It does not stop an attacker who can
 * write the app's private files (root, or a debuggable build): they can restore or
 * delete this file as well. The planned hardening is a count the hardware enforces: a
 * KeyStore key with `setMaxUsageCount` on KeyMint devices (Android 12+), used once per
 * PIN check.
 */
class AndroidKeyStoreWrapper(private val context: Context) : PlatformKeyWrapper {
    private val count = AttemptCountFile(context.noBackupFilesDir, ::syncDir)

    private fun existingKey(): SecretKey? = KeystoreSealing.keyStore().getKey(ALIAS, null) as? SecretKey

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
        val generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, KeystoreSealing.KEYSTORE)
        generator.init(spec)
        return generator.generateKey()
    }

    override fun wrap(plaintext: ByteArray): ByteArray = guarded {
        val strongBox = context.packageManager.hasSystemFeature(PackageManager.FEATURE_STRONGBOX_KEYSTORE)
        val key = existingKey() ?: generateWithFallback(strongBox, ::newKey)
        KeystoreSealing.seal(KeystoreSealing.encrypting(key), plaintext)
    }

    override fun unwrap(wrapped: ByteArray): ByteArray = guarded {
        val key = existingKey() ?: throw KeyWrapperException.KeyMissing()
        if (!KeystoreSealing.wellFormed(wrapped)) throw KeyWrapperException.Rejected()
        val cipher = KeystoreSealing.decrypting(key, wrapped)
        try {
            KeystoreSealing.open(cipher, wrapped)
        } catch (_: AEADBadTagException) {
            throw KeyWrapperException.Rejected()
        }
    }

    override fun destroyKey() = guarded {
        // Deleting an alias that does not exist is not an error.
        KeystoreSealing.keyStore().deleteEntry(ALIAS)
        count.delete()
    }

    override fun loadAttemptCount(): UInt? = guarded { count.load() }

    override fun storeAttemptCount(count: UInt) = guarded { this.count.store(count) }

    /** Makes a rename or deletion in [dir] durable: Java has no directory fsync. */
    private fun syncDir(dir: File) {
        val fd = Os.open(dir.path, OsConstants.O_RDONLY, 0)
        try {
            Os.fsync(fd)
        } finally {
            Os.close(fd)
        }
    }

    private companion object {
        const val ALIAS = "signalenkaart-vault"
    }
}

/**
 * Generates the key in StrongBox where [strongBox] says the phone has one, else in the
 * TEE. A StrongBox that is advertised but refuses (busy, this key type or size not
 * supported, a vendor's keystore error) does not leave the user without a vault: the
 * TEE then. `StrongBoxUnavailableException` is only one way it refuses; many devices
 * throw a plain [ProviderException] from `generateKey`.
 */
fun generateWithFallback(strongBox: Boolean, generate: (strongBox: Boolean) -> SecretKey): SecretKey {
    if (!strongBox) return generate(false)
    return try {
        generate(true)
    } catch (_: StrongBoxUnavailableException) {
        generate(false)
    } catch (_: ProviderException) {
        generate(false)
    }
}

/** Runs [block], turning a keystore failure into the core's typed one (see [keyWrapperFailure]). */
internal inline fun <T> guarded(block: () -> T): T = try {
    block()
} catch (e: Exception) {
    throw keyWrapperFailure(e)
}

/**
 * The core's typed failure for what the keystore threw; the reason names no secret.
 * The key is gone for good only when the OS invalidated it (the screen lock removed or
 * reset: [KeyPermanentlyInvalidatedException]): the vault then says so and does not ask
 * to retry. Everything else, a locked device ([UserNotAuthenticatedException]) or a
 * keystore daemon that failed to load the key (`UnrecoverableKeyException`, which some
 * devices also throw for transient errors), is a failure to retry: "key gone" steers
 * the user towards erasing the vault, so it is never a guess.
 */
fun keyWrapperFailure(e: Exception): KeyWrapperException = when (e) {
    is KeyWrapperException -> e
    is KeyPermanentlyInvalidatedException -> KeyWrapperException.KeyMissing()
    is UserNotAuthenticatedException -> KeyWrapperException.Failed(reason = "device locked")
    else -> KeyWrapperException.Failed(reason = e.javaClass.simpleName)
}

/**
 * The platform's copy of the wrong-PIN count: a decimal number in the file
 * `vault-attempts` in [dir] (the no-backup directory, outside the vault's and excluded
 * from every backup). Written atomically: temp file, synced, renamed over the old one,
 * directory synced ([syncDir]), so a crash leaves the old count or the new one, never a
 * torn or empty file. Calls are serialised (the core serialises them too).
 */
class AttemptCountFile(private val dir: File, private val syncDir: (File) -> Unit) {
    private val file = File(dir, NAME)
    private val lock = Any()

    /** The count, or null where none was written; a damaged file is a failure, not 0. */
    fun load(): UInt? = synchronized(lock) {
        if (!file.exists()) return null
        // Written atomically, so anything but a number was altered or damaged: a failure
        // the core says to the user (its own count then stands), not a count of 0.
        file.readText(Charsets.US_ASCII).trim().toUIntOrNull()
            ?: throw KeyWrapperException.Failed(reason = "attempt count damaged")
    }

    /** Replaces the count with [count], atomically and durably. */
    fun store(count: UInt): Unit = synchronized(lock) {
        dir.mkdirs()
        val tmp = File(dir, "$NAME.tmp")
        FileOutputStream(tmp).use { out ->
            out.write(count.toString().toByteArray(Charsets.US_ASCII))
            out.fd.sync()
        }
        Files.move(tmp.toPath(), file.toPath(), StandardCopyOption.ATOMIC_MOVE)
        syncDir(dir)
    }

    /** Deletes the count (with the key, at a wipe); none there is fine. */
    fun delete(): Unit = synchronized(lock) {
        // Still there after delete() is a failure to report.
        if (!file.delete() && file.exists()) throw KeyWrapperException.Failed(reason = "attempt count not deleted")
        syncDir(dir)
    }

    private companion object {
        const val NAME = "vault-attempts"
    }
}
