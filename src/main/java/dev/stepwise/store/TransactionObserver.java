package dev.stepwise.store;

/** Sees each outermost transaction from the inside, so it can add its own rows to the same commit. */
interface TransactionObserver {
    TransactionObserver NONE = new TransactionObserver() {
        @Override
        public void began() {
        }

        @Override
        public void committing() {
        }
    };

    void began();

    void committing();
}
