using ImportExport.Emulator.Hosting;

namespace ImportExport.Emulator.Query;

/// <summary>One action of a query-protocol service; <see cref="Signed"/> false serves it without authentication (STS's AssumeRoleWithWebIdentity).</summary>
internal sealed record QueryAction(Func<QueryRequest, ServiceResponse> Run, bool Signed = true);
