using System;

namespace ImportExport.Runtime
{
    /// <summary>An exception that can be rebuilt with another message (secrets removed), keeping its type and fields.</summary>
    internal interface IRedactableException
    {
        Exception WithMessage(string message, Exception? innerException);
    }
}
