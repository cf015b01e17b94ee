package nl.signalenkaart.tests

import java.nio.file.Files
import java.nio.file.Path
import javax.crypto.AEADBadTagException
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec
import kotlin.test.fail
import nl.signalenkaart.core.Core
import nl.signalenkaart.core.CoreConfig
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.KeyWrapperException
import nl.signalenkaart.core.Language
import nl.signalenkaart.core.PlatformBiometrics
import nl.signalenkaart.core.PlatformClock
import nl.signalenkaart.core.PlatformKeyWrapper
import nl.signalenkaart.core.Screen
import nl.signalenkaart.core.Update
import nl.signalenkaart.core.ViewModel

/** 2026-11-28 13:00 UTC, 14:00 in the Netherlands. */
const val START_MILLIS = 1_795_870_800_000L
const val CET_SECONDS = 3600
const val PIN = "246810"

/** A phone that has been on for a day. */
const val BOOT_MILLIS = 86_400_000L

/**
 * A clock that only moves when told to, at a fixed offset from UTC. Its two hands move
 * apart, as a phone's do: [nowMillis] is the wall clock the user can set, [bootMillis]
 * the time since boot that only time passing moves.
 */
class StepClock(
    @Volatile var nowMillis: Long = START_MILLIS,
    private val offsetSeconds: Int = CET_SECONDS,
    @Volatile var bootMillis: Long = BOOT_MILLIS,
) : PlatformClock {
    override fun nowUnixMillis(): Long = nowMillis
    override fun utcOffsetSeconds(atUnixMillis: Long): Int = offsetSeconds
    override fun sinceBootMillis(): Long = bootMillis

    /** Lets [millis] pass: both hands move. */
    fun advance(millis: Long) {
        nowMillis += millis
        bootMillis += millis
    }
}

/**
 * The key wrapper the Android shell will have, with an AES-256-GCM key held in memory
 * instead of the AndroidKeyStore: random 12-byte IV, then ciphertext and tag. The
 * attempt count is held in memory too, apart from the vault's files as on a phone.
 */
class AesGcmKeyWrapper : PlatformKeyWrapper {
    private var key: SecretKey? = null
    @Volatile var destroyCalls = 0
        private set

    /** The platform's copy of the wrong-PIN count; null when none is stored. */
    @Volatile var attemptCount: UInt? = null
        private set

    @Synchronized
    override fun wrap(plaintext: ByteArray): ByteArray {
        val key = key ?: KeyGenerator.getInstance("AES").apply { init(256) }.generateKey().also { key = it }
        val cipher = Cipher.getInstance("AES/GCM/NoPadding")
        cipher.init(Cipher.ENCRYPT_MODE, key)
        return cipher.iv + cipher.doFinal(plaintext)
    }

    @Synchronized
    override fun unwrap(wrapped: ByteArray): ByteArray {
        val key = key ?: throw KeyWrapperException.KeyMissing()
        if (wrapped.size < IV_BYTES + TAG_BYTES) throw KeyWrapperException.Rejected()
        val cipher = Cipher.getInstance("AES/GCM/NoPadding")
        cipher.init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(TAG_BYTES * 8, wrapped, 0, IV_BYTES))
        try {
            return cipher.doFinal(wrapped, IV_BYTES, wrapped.size - IV_BYTES)
        } catch (e: AEADBadTagException) {
            throw KeyWrapperException.Rejected()
        }
    }

    @Synchronized
    override fun destroyKey() {
        key = null
        attemptCount = null
        destroyCalls++
    }

    override fun loadAttemptCount(): UInt? = attemptCount

    override fun storeAttemptCount(count: UInt) {
        attemptCount = count
    }

    private companion object {
        const val IV_BYTES = 12
        const val TAG_BYTES = 16
    }
}

/**
 * What a shell holds: the core and the platform services it gave it ([biometrics]: none
 * unless a test gives one, as on a phone without a sensor).
 */
class Shell(
    val dir: Path = Files.createTempDirectory("signalenkaart-kt"),
    val keys: PlatformKeyWrapper = AesGcmKeyWrapper(),
    val clock: StepClock = StepClock(),
    val biometrics: PlatformBiometrics? = null,
) : AutoCloseable {
    var core: Core = start()
        private set

    private fun start() = Core.withClock(CoreConfig(dir.resolve("data").toString(), Language.NL), keys, clock, biometrics)

    /**
     * A second start on the same files and platform key, as after the app was killed;
     * [whileStopped] runs between the two, when no core has the files open.
     */
    fun restart(whileStopped: () -> Unit = {}) {
        core.close()
        whileStopped()
        core = start()
    }

    fun send(event: Event): Update = core.dispatch(event)

    /** Opens [destination] from the home screen (shown first if it is not), as a user does. */
    fun goTo(destination: nl.signalenkaart.core.Destination): Update {
        if (view().screen !is Screen.Home) send(Event.OpenHome)
        return send(Event.Open(destination))
    }

    fun view(): ViewModel = core.view()

    /** Types [pin] with the keys the PIN pad offers, then confirms. */
    fun pin(pin: String): ViewModel {
        for (digit in pin) {
            val pad = view().screenAs<Screen.Pin>().view
            val key = pad.keys.firstOrNull { it.label == digit.toString() } ?: fail("no key $digit")
            send(key.event)
        }
        return send(Event.PinSubmit).view
    }

    /**
     * Sets up the vault (first run: choose the PIN and repeat it) and leaves it unlocked;
     * returns the view it opens on.
     */
    fun createVault(): ViewModel {
        send(Event.Open(nl.signalenkaart.core.Destination.CASES))
        pin(PIN)
        val view = pin(PIN)
        check(view.lock != null) { "vault not created: ${view.screen}" }
        return view
    }

    override fun close() {
        core.close()
        dir.toFile().deleteRecursively()
    }
}

inline fun <reified T : Screen> ViewModel.screenAs(): T =
    screen as? T ?: fail("expected ${T::class.simpleName}, got ${screen::class.simpleName} (notice: ${notice?.text})")
