
namespace ImportExport.Runtime
{
    /// <summary>Lets the cache dispose a connection's client without knowing its type.</summary>
    internal interface IClientOwner
    {
        void DisposeClient();
    }
}
