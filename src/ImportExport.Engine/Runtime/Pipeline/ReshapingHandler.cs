using System;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace ImportExport.Runtime
{
    /// <summary>
    /// A pipeline handler that may give a failure another shape on its way out, the same on the synchronous and the
    /// asynchronous path; an unchanged failure is rethrown as it was, with its own stack.
    /// </summary>
    internal abstract class ReshapingHandler : PipelineHandler
    {
        public override void InvokeSync(IExecutionContext executionContext)
        {
            try
            {
                base.InvokeSync(executionContext);
            }
            catch (Exception ex)
            {
                var reshaped = Reshape(executionContext, ex);
                if (ReferenceEquals(reshaped, ex))
                {
                    throw;
                }

                throw reshaped;
            }

            AfterAnswer(executionContext);
        }

        public override async Task<T> InvokeAsync<T>(IExecutionContext executionContext)
        {
            T result;
            try
            {
                result = await base.InvokeAsync<T>(executionContext).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                var reshaped = Reshape(executionContext, ex);
                if (ReferenceEquals(reshaped, ex))
                {
                    throw;
                }

                throw reshaped;
            }

            AfterAnswer(executionContext);
            return result;
        }

        /// <summary>The failure as it should leave this handler: <paramref name="exception"/> itself when nothing changes.</summary>
        protected abstract Exception Reshape(IExecutionContext executionContext, Exception exception);

        /// <summary>Checks an answer the inner handlers returned without failing.</summary>
        protected virtual void AfterAnswer(IExecutionContext executionContext)
        {
        }
    }
}
