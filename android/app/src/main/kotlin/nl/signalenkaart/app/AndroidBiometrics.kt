package nl.signalenkaart.app

import android.annotation.SuppressLint
import android.app.KeyguardManager
import android.content.Context
import android.content.pm.PackageManager
import android.os.Build
import android.os.Looper
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyPermanentlyInvalidatedException
import android.security.keystore.KeyProperties
import androidx.biometric.BiometricManager
import androidx.biometric.BiometricManager.Authenticators.BIOMETRIC_STRONG
import androidx.biometric.BiometricManager.Authenticators.BIOMETRIC_WEAK
import androidx.biometric.BiometricPrompt
import androidx.fragment.app.FragmentActivity
import nl.signalenkaart.core.BiometricException
import nl.signalenkaart.core.BiometricUnavailable
import nl.signalenkaart.core.PlatformBiometrics
import java.security.UnrecoverableKeyException
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executor
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicReference
import javax.crypto.AEADBadTagException
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import nl.signalenkaart.core.BiometricPrompt as CorePrompt

/**
 * The biometric unlock's key in the AndroidKeyStore: AES-256-GCM, each use released by
 * one strong (Class 3) biometric through [BiometricPrompt] with a [BiometricPrompt.CryptoObject],
 * gone when a fingerprint or face is enrolled, in StrongBox where the phone has one.
 * The core decides when to ask; this only shows the prompt it worded and reports what
 * the platform answered, as a [BiometricException].
 *
 * Each call blocks the calling thread (the store's worker, never the main thread) until
 * the prompt on the main thread is answered. [cancel] (a quick exit hiding the app)
 * ends a prompt on screen or about to be shown: its call throws `Cancelled`.
 *
 * Wrapped values are in [KeystoreSealing]'s format.
 * Nothing here is logged; the secret handed to [enroll] is wiped once encrypted.
 *
 * [foreground] is the activity in the foreground to show the prompt over, null when the
 * app is out of sight (the call is then cancelled: nothing to show it on).
 */
class AndroidBiometrics(
    private val context: Context,
    private val foreground: () -> FragmentActivity?,
) : PlatformBiometrics {
    private val apiLevel = Build.VERSION.SDK_INT
    private val main: Executor = context.mainExecutor
    private val prompts = PromptRunner<Cipher>(main, { Looper.myLooper() == Looper.getMainLooper() }, PROMPT_LIMIT_MS)

    override fun enroll(secret: ByteArray, prompt: CorePrompt): ByteArray = try {
        guardedBiometrics(apiLevel) {
            checkAvailable()
            val keyStore = KeystoreSealing.keyStore()
            keyStore.deleteEntry(ALIAS)
            val strongBox = context.packageManager.hasSystemFeature(PackageManager.FEATURE_STRONGBOX_KEYSTORE)
            val key = generateWithFallback(strongBox, ::newKey)
            try {
                val authenticated = authenticate(KeystoreSealing.encrypting(key), prompt)
                KeystoreSealing.seal(authenticated, secret)
            } catch (e: Exception) {
                // A key that wraps nothing is not left behind.
                runCatching { keyStore.deleteEntry(ALIAS) }
                throw e
            }
        }
    } finally {
        secret.fill(0)
    }

    override fun unlock(wrapped: ByteArray, prompt: CorePrompt): ByteArray = guardedBiometrics(apiLevel) {
        val key = KeystoreSealing.keyStore().getKey(ALIAS, null) as? SecretKey
            ?: throw BiometricException.KeyInvalidated()
        if (!KeystoreSealing.wellFormed(wrapped)) throw BiometricException.KeyInvalidated()
        // Throws KeyPermanentlyInvalidatedException once a biometric was enrolled.
        val cipher = KeystoreSealing.decrypting(key, wrapped)
        checkAvailable()
        val authenticated = authenticate(cipher, prompt)
        try {
            KeystoreSealing.open(authenticated, wrapped)
        } catch (_: AEADBadTagException) {
            // Not this key's wrap: a key made again since.
            throw BiometricException.KeyInvalidated()
        }
    }

    override fun forget() = guardedBiometrics(apiLevel) {
        // Deleting an alias that does not exist is not an error.
        KeystoreSealing.keyStore().deleteEntry(ALIAS)
    }

    /**
     * Ends the prompt on screen, or one about to be shown: its call throws `Cancelled`.
     * Called on the main thread when the app hides itself (a quick exit).
     */
    fun cancel() = prompts.cancel()

    private fun newKey(strongBox: Boolean): SecretKey {
        val generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, KeystoreSealing.KEYSTORE)
        generator.init(biometricKeySpec(ALIAS, apiLevel, strongBox))
        return generator.generateKey()
    }

    /** Throws `Unavailable` with the reason when no strong biometric can be used now. */
    private fun checkAvailable() {
        val manager = BiometricManager.from(context)
        val reason = unavailability(
            strong = manager.canAuthenticate(BIOMETRIC_STRONG),
            weak = manager.canAuthenticate(BIOMETRIC_WEAK),
            deviceSecure = context.getSystemService(KeyguardManager::class.java)?.isDeviceSecure ?: false,
        )
        if (reason != null) throw BiometricException.Unavailable(reason)
    }

    /**
     * Shows the core's [prompt] for [cipher] on the main thread and waits here for the
     * answer: the cipher the biometric released, or the failure.
     */
    private fun authenticate(cipher: Cipher, prompt: CorePrompt): Cipher =
        prompts.run { answer -> show(answer, cipher, prompt) }

    /**
     * On the main thread: the prompt over the foreground activity; returns how to take it
     * away again, or null where none was shown (the answer is then given).
     */
    private fun show(answer: PromptAnswer<Cipher>, cipher: Cipher, prompt: CorePrompt): (() -> Unit)? {
        val activity = foreground()
        // Out of sight, or past onSaveInstanceState (where the prompt would not show and
        // never answer): nothing to show the prompt on.
        if (activity == null || activity.supportFragmentManager.isStateSaved) {
            answer.fail(BiometricException.Cancelled())
            return null
        }
        return try {
            val biometricPrompt = BiometricPrompt(activity, main, Answering(answer))
            biometricPrompt.authenticate(promptInfo(prompt), BiometricPrompt.CryptoObject(cipher))
            biometricPrompt::cancelAuthentication
        } catch (e: Exception) {
            // Never thrown on the main thread: it would end the app.
            answer.fail(biometricFailure(e, apiLevel))
            null
        }
    }

    /** The prompt's callbacks, on the main thread. */
    private class Answering(private val answer: PromptAnswer<Cipher>) : BiometricPrompt.AuthenticationCallback() {
        override fun onAuthenticationSucceeded(result: BiometricPrompt.AuthenticationResult) {
            val cipher = result.cryptoObject?.cipher
            if (cipher != null) answer.succeed(cipher) else answer.fail(BiometricException.Failed(code = 0))
        }

        override fun onAuthenticationError(errorCode: Int, errString: CharSequence) {
            answer.fail(promptFailure(errorCode))
        }

        // onAuthenticationFailed (a finger not recognised): the prompt stays for another
        // try, and after five the platform answers ERROR_LOCKOUT.
    }

    private companion object {
        const val ALIAS = "signalenkaart-biometric"

        /** A prompt left unanswered this long is cancelled: the worker is not held for ever. */
        const val PROMPT_LIMIT_MS = 5L * 60 * 1000
    }
}

/**
 * The biometric key's parameters: AES-256-GCM, each use authorised by one strong
 * biometric (API 30+: timeout 0 for `AUTH_BIOMETRIC_STRONG`; below: validity −1, which
 * means the same), invalidated when a biometric is enrolled, in StrongBox if [strongBox].
 * [apiLevel] is `Build.VERSION.SDK_INT` on a phone.
 */
@SuppressLint("NewApi") // the API 30 call is behind apiLevel, which lint cannot follow
fun biometricKeySpec(alias: String, apiLevel: Int, strongBox: Boolean): KeyGenParameterSpec {
    val builder = KeyGenParameterSpec.Builder(alias, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
        .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
        .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
        .setKeySize(256)
        .setRandomizedEncryptionRequired(true)
        .setUserAuthenticationRequired(true)
        .setInvalidatedByBiometricEnrollment(true)
        .setIsStrongBoxBacked(strongBox)
    if (apiLevel >= Build.VERSION_CODES.R) {
        builder.setUserAuthenticationParameters(0, KeyProperties.AUTH_BIOMETRIC_STRONG)
    } else {
        @Suppress("DEPRECATION")
        builder.setUserAuthenticationValidityDurationSeconds(-1)
    }
    return builder.build()
}

/** The prompt as the core worded it: strong biometrics only, its PIN button to leave. */
fun promptInfo(prompt: CorePrompt): BiometricPrompt.PromptInfo = BiometricPrompt.PromptInfo.Builder()
    .setTitle(prompt.title)
    .setSubtitle(prompt.subtitle)
    .setNegativeButtonText(prompt.usePin)
    .setAllowedAuthenticators(BIOMETRIC_STRONG)
    // A recognised face opens without a further tap, as a finger does.
    .setConfirmationRequired(false)
    .build()

/**
 * Why no strong biometric can be used, from `BiometricManager.canAuthenticate` for
 * [strong] (`BIOMETRIC_STRONG`) and [weak] (`BIOMETRIC_WEAK`) authenticators, and
 * whether the device has a screen lock; null when one can.
 */
fun unavailability(strong: Int, weak: Int, deviceSecure: Boolean): BiometricUnavailable? = when {
    strong == BiometricManager.BIOMETRIC_SUCCESS -> null
    // A face unlock of Class 2 (or a weak fingerprint) only: it cannot release a key.
    weak == BiometricManager.BIOMETRIC_SUCCESS -> BiometricUnavailable.NOT_STRONG
    !deviceSecure -> BiometricUnavailable.NO_DEVICE_LOCK
    strong == BiometricManager.BIOMETRIC_ERROR_NONE_ENROLLED -> BiometricUnavailable.NONE_ENROLLED
    strong == BiometricManager.BIOMETRIC_ERROR_NO_HARDWARE -> BiometricUnavailable.NO_HARDWARE
    strong == BiometricManager.BIOMETRIC_ERROR_UNSUPPORTED -> BiometricUnavailable.NO_HARDWARE
    strong == BiometricManager.BIOMETRIC_ERROR_SECURITY_UPDATE_REQUIRED -> BiometricUnavailable.SECURITY_UPDATE_REQUIRED
    // BIOMETRIC_ERROR_HW_UNAVAILABLE, BIOMETRIC_STATUS_UNKNOWN: not now, perhaps later.
    else -> BiometricUnavailable.HARDWARE_UNAVAILABLE
}

/** The core's failure for the prompt's `onAuthenticationError` code. */
fun promptFailure(errorCode: Int): BiometricException = when (errorCode) {
    BiometricPrompt.ERROR_CANCELED,
    BiometricPrompt.ERROR_USER_CANCELED,
    BiometricPrompt.ERROR_NEGATIVE_BUTTON,
    BiometricPrompt.ERROR_TIMEOUT,
    -> BiometricException.Cancelled()
    BiometricPrompt.ERROR_LOCKOUT, BiometricPrompt.ERROR_LOCKOUT_PERMANENT -> BiometricException.LockedOut()
    BiometricPrompt.ERROR_HW_NOT_PRESENT -> BiometricException.Unavailable(BiometricUnavailable.NO_HARDWARE)
    BiometricPrompt.ERROR_HW_UNAVAILABLE -> BiometricException.Unavailable(BiometricUnavailable.HARDWARE_UNAVAILABLE)
    BiometricPrompt.ERROR_NO_BIOMETRICS -> BiometricException.Unavailable(BiometricUnavailable.NONE_ENROLLED)
    BiometricPrompt.ERROR_NO_DEVICE_CREDENTIAL -> BiometricException.Unavailable(BiometricUnavailable.NO_DEVICE_LOCK)
    BiometricPrompt.ERROR_SECURITY_UPDATE_REQUIRED ->
        BiometricException.Unavailable(BiometricUnavailable.SECURITY_UPDATE_REQUIRED)
    // ERROR_UNABLE_TO_PROCESS, ERROR_NO_SPACE, ERROR_VENDOR and codes of later versions.
    else -> BiometricException.Failed(code = errorCode)
}

/**
 * The core's failure for what the keystore or the glue threw, looking through the
 * causes: the key gone for good ([KeyPermanentlyInvalidatedException], an
 * [UnrecoverableKeyException]) is `KeyInvalidated` (it only drops the biometric wrap:
 * the PIN opens as before); anything else is `Failed` with the keystore's code
 * ([keystoreCode]), 0 where there is none. The exceptions' text never leaves here.
 */
fun biometricFailure(e: Throwable, apiLevel: Int): BiometricException {
    val chain = generateSequence(e) { it.cause }.take(MAX_CAUSES).toList()
    for (cause in chain) {
        when (cause) {
            is BiometricException -> return cause
            is KeyPermanentlyInvalidatedException, is UnrecoverableKeyException -> return BiometricException.KeyInvalidated()
            else -> {}
        }
    }
    return BiometricException.Failed(code = keystoreCode(chain, apiLevel))
}

/**
 * The keystore's code among [chain]: the KeyMint code (−28 for an operation the
 * keystore dropped while the prompt was up, −100 and the like) that API 33+ writes as
 * "internal Keystore code: N" into the keystore's message or its
 * [android.security.KeyStoreException.toString], else that exception's public
 * [android.security.KeyStoreException.getNumericErrorCode] (API 33+), else 0.
 */
@SuppressLint("NewApi") // the API 33 class is behind apiLevel, which lint cannot follow
fun keystoreCode(chain: List<Throwable>, apiLevel: Int): Int {
    val keystore = if (apiLevel >= Build.VERSION_CODES.TIRAMISU) chain.filterIsInstance<android.security.KeyStoreException>() else emptyList()
    val texts = chain.mapNotNull { it.message } + keystore.map { it.toString() }
    texts.firstNotNullOfOrNull { INTERNAL_CODE.find(it)?.groupValues?.get(1)?.toIntOrNull() }?.let { return it }
    return keystore.firstOrNull()?.numericErrorCode ?: 0
}

private val INTERNAL_CODE = Regex("""internal Keystore code: (-?\d+)""")

/** Enough to reach the keystore's exception under the cipher's and the provider's. */
private const val MAX_CAUSES = 8

/** Runs [block], turning whatever it throws into the core's [BiometricException] ([biometricFailure]). */
internal inline fun <T> guardedBiometrics(apiLevel: Int, block: () -> T): T = try {
    block()
} catch (e: Exception) {
    throw biometricFailure(e, apiLevel)
}

/**
 * Runs one prompt at a time for a thread that waits for it (the store's worker): the
 * prompt is shown on [main], the caller waits up to [limitMs] (then it is a cancel), and
 * [cancel] ends it from any thread, also before it is shown (it is then not shown).
 * Waiting on the main thread ([onMainThread]) would never end: that is a failure.
 */
class PromptRunner<T : Any>(
    private val main: Executor,
    private val onMainThread: () -> Boolean,
    private val limitMs: Long,
) {
    /** One prompt: its answer, and how to take it away once shown (main thread only). */
    private class Call<T : Any> {
        val answer = PromptAnswer<T>()
        var dismiss: (() -> Unit)? = null
    }

    @Volatile
    private var current: Call<T>? = null

    /**
     * Calls [show] on the main thread, unless cancelled before, with the answer to give;
     * [show] returns how to take its prompt away (null: none shown). Returns the value
     * given, or throws the [BiometricException].
     */
    fun run(show: (PromptAnswer<T>) -> (() -> Unit)?): T {
        check(!onMainThread()) { "biometric prompt awaited on the main thread" }
        val call = Call<T>()
        current = call
        main.execute {
            if (call.answer.isSettled) return@execute
            try {
                call.dismiss = show(call.answer)
            } catch (_: Exception) {
                call.answer.fail(BiometricException.Failed(code = 0))
            }
        }
        try {
            return call.answer.await(limitMs)
        } catch (e: BiometricException) {
            // Cancelled here (the limit, a quick exit) or answered so: a prompt still up goes.
            main.execute { call.dismiss?.invoke() }
            throw e
        } finally {
            current = null
        }
    }

    /** Ends the prompt shown or about to be: its [run] throws `Cancelled`. */
    fun cancel() {
        val call = current ?: return
        call.answer.fail(BiometricException.Cancelled())
        main.execute { call.dismiss?.invoke() }
    }
}

/**
 * One prompt's answer, handed from the main thread (the prompt's callbacks, a cancel)
 * to the thread that waits for it. The first answer counts; later ones are dropped.
 */
class PromptAnswer<T : Any> {
    private val latch = CountDownLatch(1)
    private val answer = AtomicReference<Result<T>?>(null)

    /** Whether an answer came (a cancel before the prompt is shown: it is not shown). */
    val isSettled: Boolean get() = answer.get() != null

    fun succeed(value: T) = settle(Result.success(value))

    fun fail(failure: BiometricException) = settle(Result.failure(failure))

    private fun settle(result: Result<T>) {
        if (answer.compareAndSet(null, result)) latch.countDown()
    }

    /**
     * Waits for the answer: the value, or its [BiometricException] thrown. No answer
     * within [limitMs], or an interrupted wait, is a cancel.
     */
    fun await(limitMs: Long): T {
        val answered = try {
            latch.await(limitMs, TimeUnit.MILLISECONDS)
        } catch (_: InterruptedException) {
            Thread.currentThread().interrupt()
            false
        }
        if (!answered) fail(BiometricException.Cancelled())
        return answer.get()!!.getOrThrow()
    }
}
