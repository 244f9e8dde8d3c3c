using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Util;

namespace ImportExport.Runtime
{
    /// <summary>
    /// Temporary credentials (assume role, web identity, SSO, credential_process, container, instance) refreshed ahead
    /// of their expiry by a margin that fits their lifetime, and whose refresh failures are the module's errors.
    /// </summary>
    /// <remarks>
    /// AWSSDK.Core's providers refresh a fixed time before expiry (AssumeRoleAWSCredentials: PreemptExpiryTime of 15
    /// minutes, and an ExpirationBuffer of 1 minute), so credentials that live 15 minutes or less are "about to expire"
    /// from the moment they arrive and each read fetches new ones: an AssumeRole per request, and a signature whose key
    /// and token come from two answers. Here Core's provider only fetches (its preempt window and buffer are zero and
    /// it is cleared before each refresh); the lease keeps one set of keys until a quarter of its lifetime is left (at
    /// most 15 minutes before expiry, as Core does for hour-long credentials): 15-minute role credentials are renewed
    /// every 11 minutes, 60-second ones every 45 seconds. A failed fetch is mapped by <see cref="CredentialFailure"/>
    /// (SsoLoginRequired, InvalidProfile with the cause) and marks the lease <see cref="Failed"/>, so the client cache
    /// builds the next command a new client (which reads the SSO token cache, the files and the process anew).
    /// </remarks>
    internal sealed class LeasedCredentials : AWSCredentials
    {
        private static readonly TimeSpan LongestMargin = TimeSpan.FromMinutes(15);

        private readonly RefreshingAWSCredentials _provider;
        private readonly CredentialFailure? _failure;
        private readonly object _gate = new object();
        private Lease? _lease;
        private int _failed;

        /// <param name="provider">Core's provider; its own refresh window is turned off.</param>
        /// <param name="failure">How a failure is reported; null lets it through as it is (a link inside a role chain, reported by the outer lease).</param>
        public LeasedCredentials(RefreshingAWSCredentials provider, CredentialFailure? failure)
        {
            _provider = provider;
            _failure = failure;
            provider.PreemptExpiryTime = TimeSpan.Zero;
            provider.ExpirationBuffer = TimeSpan.Zero;
        }

        /// <summary>The last refresh failed: credentials from this object cannot be trusted to work for a later command.</summary>
        public bool Failed => Volatile.Read(ref _failed) != 0;

        public override DateTime? Expiration => Volatile.Read(ref _lease)?.Expires;

        /// <summary>Wraps <paramref name="credentials"/> when they are temporary (refreshing); others are returned as they are.</summary>
        public static AWSCredentials Over(AWSCredentials credentials, CredentialFailure? failure) =>
            credentials is RefreshingAWSCredentials refreshing && !(credentials is LeasedCredentials) ? new LeasedCredentials(refreshing, failure) : credentials;

        /// <summary>The margin before expiry at which credentials of <paramref name="lifetime"/> are renewed.</summary>
        public static TimeSpan MarginFor(TimeSpan lifetime) =>
            lifetime <= TimeSpan.Zero ? TimeSpan.Zero : TimeSpan.FromTicks(Math.Min(LongestMargin.Ticks, lifetime.Ticks / 4));

        public override ImmutableCredentials GetCredentials()
        {
            var lease = Volatile.Read(ref _lease);
            if (lease is not null && lease.IsFresh(AWSSDKUtils.CorrectedUtcNow))
            {
                return lease.Credentials;
            }

            lock (_gate)
            {
                lease = _lease;
                if (lease is not null && lease.IsFresh(AWSSDKUtils.CorrectedUtcNow))
                {
                    return lease.Credentials;
                }

                lease = Renew(refreshing: lease is not null || Failed);
                Volatile.Write(ref _lease, lease);
                return lease.Credentials;
            }
        }

        public override Task<ImmutableCredentials> GetCredentialsAsync()
        {
            var lease = Volatile.Read(ref _lease);
            return lease is not null && lease.IsFresh(AWSSDKUtils.CorrectedUtcNow)
                ? Task.FromResult(lease.Credentials)
                : Task.Run(GetCredentials);
        }

        private Lease Renew(bool refreshing)
        {
            try
            {
                if (refreshing)
                {
                    _provider.ClearCredentials();
                }

                var fetched = AWSSDKUtils.CorrectedUtcNow;
                var credentials = _provider.GetCredentials();
                Volatile.Write(ref _failed, 0);
                return new Lease(credentials, fetched, _provider.Expiration);
            }
            catch (Exception ex) when (!(ex is OperationCanceledException) && !(ex is OutOfMemoryException))
            {
                Volatile.Write(ref _failed, 1);
                if (_failure is null)
                {
                    throw;
                }

                throw _failure.From(ex, refreshing);
            }
        }

        private sealed class Lease
        {
            public Lease(ImmutableCredentials credentials, DateTime fetched, DateTime? expires)
            {
                Credentials = credentials;
                if (expires is { } end && end < DateTime.MaxValue.AddDays(-1))
                {
                    Expires = end.ToUniversalTime();
                    RenewAt = Expires.Value - MarginFor(Expires.Value - fetched.ToUniversalTime());
                }
                else
                {
                    RenewAt = DateTime.MaxValue;
                }
            }

            public ImmutableCredentials Credentials { get; }

            public DateTime? Expires { get; }

            public DateTime RenewAt { get; }

            public bool IsFresh(DateTime now) => now.ToUniversalTime() < RenewAt;
        }
    }
}
