package nl.signalenkaart.app

import android.security.keystore.KeyPermanentlyInvalidatedException
import android.security.keystore.StrongBoxUnavailableException
import android.security.keystore.UserNotAuthenticatedException
import nl.signalenkaart.core.KeyWrapperException
import org.junit.Test
import java.io.File
import java.nio.file.Files
import java.security.KeyStoreException
import java.security.ProviderException
import javax.crypto.SecretKey
import javax.crypto.spec.SecretKeySpec
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertIs
import kotlin.test.assertNull
import kotlin.test.assertSame

/** The key wrapper's decisions, with the keystore replaced by fakes. */
class KeyWrapperTest {
    private val key: SecretKey = SecretKeySpec(ByteArray(32), "AES")

    @Test
    fun aKeyTheOsInvalidatedIsTheKeyGoneCase() {
        assertIs<KeyWrapperException.KeyMissing>(keyWrapperFailure(KeyPermanentlyInvalidatedException()))
    }

    @Test
    fun aLockedDeviceAndOtherKeystoreErrorsAreFailuresToRetryWithoutTheirText() {
        val locked = assertIs<KeyWrapperException.Failed>(keyWrapperFailure(UserNotAuthenticatedException()))
        assertEquals("device locked", locked.reason)
        val other = assertIs<KeyWrapperException.Failed>(
            keyWrapperFailure(KeyStoreException("key blob /data/misc/keystore/user_0/10123_USRSKEY corrupt")),
        )
        assertEquals("KeyStoreException", other.reason, "the class only: messages may name files")
        val rejected = KeyWrapperException.Rejected()
        assertSame(rejected, keyWrapperFailure(rejected))
    }

    @Test
    fun guardedThrowsOnlyTheCoresTypedFailure() {
        assertFailsWith<KeyWrapperException.KeyMissing> { guarded<Unit> { throw KeyPermanentlyInvalidatedException() } }
        assertFailsWith<KeyWrapperException.Failed> { guarded<Unit> { throw IllegalStateException("unexpected IV size") } }
    }

    @Test
    fun aStrongBoxThatRefusesFallsBackToTheTee() {
        for (refusal in listOf(StrongBoxUnavailableException(), ProviderException("Keystore key generation failed"))) {
            val asked = mutableListOf<Boolean>()
            val made = generateWithFallback(strongBox = true) { strongBox ->
                asked += strongBox
                if (strongBox) throw refusal else key
            }
            assertSame(key, made)
            assertEquals(listOf(true, false), asked, "after ${refusal.javaClass.simpleName}")
        }
    }

    @Test
    fun withoutStrongBoxTheTeeIsAskedOnceAndItsFailureIsReported() {
        val asked = mutableListOf<Boolean>()
        assertSame(key, generateWithFallback(strongBox = false) { asked += it; key })
        assertEquals(listOf(false), asked)
        assertFailsWith<ProviderException> { generateWithFallback(strongBox = true) { throw ProviderException("no keystore") } }
    }

    @Test
    fun theAttemptCountIsWrittenWholeAndDurablyAndADamagedOneIsAFailureNotZero() {
        val dir = Files.createTempDirectory("vault-attempts").toFile()
        val synced = mutableListOf<File>()
        val count = AttemptCountFile(dir) { synced += it }
        try {
            assertNull(count.load(), "none written yet")
            count.store(3u)
            count.store(4u)
            assertEquals(4u, count.load())
            assertEquals("4", File(dir, "vault-attempts").readText())
            assertEquals(listOf("vault-attempts"), dir.list()!!.toList(), "no temp file left")
            assertEquals(listOf(dir, dir), synced, "the directory synced after each rename")

            // A crash between writing the temp file and the rename: the old count stands.
            File(dir, "vault-attempts.tmp").writeText("9")
            assertEquals(4u, count.load())
            count.store(5u)
            assertEquals(5u, count.load())

            File(dir, "vault-attempts").writeText("5x")
            val damaged = assertFailsWith<KeyWrapperException.Failed> { count.load() }
            assertEquals("attempt count damaged", damaged.reason)

            count.delete()
            assertNull(count.load())
            count.delete() // none there is fine
        } finally {
            dir.deleteRecursively()
        }
    }
}
