using System;
using Amazon.Runtime;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Whether an earlier attempt of a call failed in a way that may have been carried out (and was retried). The
    /// retry policy notes it in the request context; <see cref="FinalFailureHandler"/> copies it onto the final
    /// failure, which is all a caller sees once the pipeline returns. CancelJob uses it to tell "already canceled
    /// by my own lost first attempt" from a real CanceledJobIdException; StartImport's advice uses it too.
    /// </summary>
    public static class AttemptHistory
    {
        private const string Key = "ImportExport.EarlierAttemptMayHaveBeenCarriedOut";

        internal static void NoteUncertainAttempt(IRequestContext context) => context.ContextAttributes[Key] = true;

        internal static bool HadUncertainAttempt(IRequestContext context) =>
            context.ContextAttributes.TryGetValue(Key, out var value) && value is true;

        internal static void Stamp(Exception exception) => exception.Data[Key] = true;

        /// <summary>An attempt before the one that ended in <paramref name="exception"/> may have been carried out.</summary>
        public static bool EarlierAttemptMayHaveBeenCarriedOut(Exception exception) =>
            exception.Data.Contains(Key) && exception.Data[Key] is true;
    }
}
