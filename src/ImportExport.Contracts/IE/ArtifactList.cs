using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace ImportExport.IE
{
    /// <summary>
    /// The artifacts of a job. Its text form lists them, so a CSV cell reads "Label: https://…"
    /// rather than a collection type name.
    /// </summary>
    public sealed class ArtifactList : ReadOnlyCollection<Artifact>
    {
        public static readonly ArtifactList Empty = new ArtifactList(Array.Empty<Artifact>());

        public ArtifactList(IList<Artifact> artifacts)
            : base(artifacts)
        {
        }

        public override string ToString() => string.Join("; ", this.Select(a => a.ToString()));
    }
}
